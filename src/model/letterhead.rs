//! The document header (thể thức) set once per congress, and the lines it gives each document
//! per Nghị định 30/2020/NĐ-CP: the issuer block, the number "Số: 12/BC-CĐCS", and the place
//! and date "Sa Pa, ngày 05 tháng 02 năm 2023".

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::congress::{Congress, Level};
use super::draft::Draft;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Letterhead {
    /// The upper union, first line of the issuer block (written in capitals).
    pub upper_union: String,
    /// The issuing union, bold under it ("BCH CÔNG ĐOÀN TRƯỜNG THCS LÊ LỢI").
    pub issuing_union: String,
    /// Where documents are signed ("Sa Pa").
    pub place: String,
    /// What follows the type symbol in numbers: "CĐCS" gives "Số: 12/BC-CĐCS".
    pub number_suffix: String,
    /// The term the congress opens ("2023–2028").
    pub term: String,
    /// Who signs: the chair's name (may be empty until known).
    #[serde(default)]
    pub signer_name: String,
}

/// Why a header cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterheadInputError {
    IssuerMissing,
}

impl Letterhead {
    /// What a new congress's header starts from: its unit, upper union and round.
    pub fn default_for(congress: &Congress) -> Letterhead {
        let suffix = match congress.level {
            Level::Grassroots => "CĐCS",
            Level::DirectUpper | Level::Province => "LĐLĐ",
        };
        Letterhead {
            upper_union: congress.upper_union.clone(),
            issuing_union: format!("BCH {}", congress.unit_name),
            place: String::new(),
            number_suffix: suffix.to_string(),
            term: term_of(congress),
            signer_name: String::new(),
        }
    }

    /// The header as the user typed it, if it can be saved: every document's issuer block
    /// needs the issuing union; the other lines may stay empty.
    pub fn validate(self) -> Result<Letterhead, LetterheadInputError> {
        if self.issuing_union.trim().is_empty() {
            return Err(LetterheadInputError::IssuerMissing);
        }
        Ok(self)
    }

    /// The term before this one ("2018–2023" before "2023–2028"), when the term reads as two
    /// years.
    pub fn previous_term(&self) -> Option<String> {
        let (a, b) = split_term(&self.term)?;
        Some(format!("{}–{}", a - (b - a), a))
    }
}

fn split_term(term: &str) -> Option<(i32, i32)> {
    let (a, b) = term.split_once(['–', '-'])?;
    let (a, b) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    (b > a).then_some((a, b))
}

/// The term from the round's id ("2023-2028"), or five years from congress day.
fn term_of(congress: &Congress) -> String {
    if let Some((a, b)) = congress.round.as_ref().and_then(|r| split_term(&r.id)) {
        return format!("{a}–{b}");
    }
    let y = congress.date.year();
    format!("{y}–{}", y + 5)
}

/// "ngày 05 tháng 02 năm 2023", "ngày 15 tháng 3 năm 2023": a leading zero for days 01–09 and
/// months 01–02 only (Nghị định 30/2020, Phụ lục I).
pub fn long_date(date: NaiveDate) -> String {
    let month = if date.month() <= 2 { format!("{:02}", date.month()) } else { date.month().to_string() };
    format!("ngày {:02} tháng {} năm {}", date.day(), month, date.year())
}

/// "Số: 12/BC-CĐCS"; without a number yet, "Số:     /BC-CĐCS" leaves room to write it by hand.
/// `None` for documents that carry no number (agenda, rules, speeches).
pub fn number_line(draft: &Draft, head: &Letterhead) -> Option<String> {
    let symbol = draft.symbol?;
    let number = draft.number.trim();
    let number = if number.is_empty() { "     " } else { number };
    let suffix = head.number_suffix.trim();
    Some(if suffix.is_empty() {
        format!("Số: {number}/{}", symbol.name())
    } else {
        format!("Số: {number}/{}-{suffix}", symbol.name())
    })
}

/// "Sa Pa, ngày 05 tháng 02 năm 2023" (without a place: the date alone, capitalised).
pub fn place_and_date(head: &Letterhead, date: NaiveDate) -> String {
    let place = head.place.trim();
    if place.is_empty() {
        let d = long_date(date);
        format!("N{}", &d[1..])
    } else {
        format!("{place}, {}", long_date(date))
    }
}

/// Capitals as Vietnamese writes them (every diacritic kept: "đ" → "Đ").
pub fn upper(text: &str) -> String {
    text.trim().to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::draft::{DocSymbol, DocumentKind, DraftStatus};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_have_leading_zeros_only_where_the_decree_puts_them() {
        assert_eq!(long_date(d(2023, 2, 5)), "ngày 05 tháng 02 năm 2023");
        assert_eq!(long_date(d(2023, 3, 15)), "ngày 15 tháng 3 năm 2023");
        assert_eq!(long_date(d(2023, 1, 9)), "ngày 09 tháng 01 năm 2023");
        assert_eq!(long_date(d(2023, 12, 31)), "ngày 31 tháng 12 năm 2023");
        assert_eq!(long_date(d(2023, 10, 1)), "ngày 01 tháng 10 năm 2023");
    }

    fn head() -> Letterhead {
        Letterhead {
            upper_union: "LĐLĐ huyện Sa Pa".into(),
            issuing_union: "BCH Công đoàn Trường THCS Lê Lợi".into(),
            place: "Sa Pa".into(),
            number_suffix: "CĐCS".into(),
            term: "2023–2028".into(),
            signer_name: String::new(),
        }
    }

    fn draft(symbol: Option<DocSymbol>, number: &str) -> Draft {
        Draft {
            id: "d".into(),
            congress_id: "c".into(),
            kind: DocumentKind::TermReport,
            heading: "BÁO CÁO".into(),
            title: "t".into(),
            symbol,
            number: number.into(),
            date: None,
            status: DraftStatus::Draft,
            task_id: None,
            sections: vec![],
        }
    }

    #[test]
    fn numbers_by_document_type() {
        assert_eq!(number_line(&draft(Some(DocSymbol::Report), "12"), &head()).unwrap(), "Số: 12/BC-CĐCS");
        assert_eq!(number_line(&draft(Some(DocSymbol::Resolution), "01"), &head()).unwrap(), "Số: 01/NQ-CĐCS");
        assert_eq!(number_line(&draft(Some(DocSymbol::Submission), ""), &head()).unwrap(), "Số:      /TTr-CĐCS");
        assert_eq!(number_line(&draft(None, "3"), &head()), None);
        assert_eq!(DocSymbol::from_name("QĐ"), Some(DocSymbol::Decision));
    }

    #[test]
    fn place_date_and_terms() {
        assert_eq!(place_and_date(&head(), d(2023, 2, 5)), "Sa Pa, ngày 05 tháng 02 năm 2023");
        let no_place = Letterhead { place: " ".into(), ..head() };
        assert_eq!(place_and_date(&no_place, d(2023, 3, 15)), "Ngày 15 tháng 3 năm 2023");
        assert_eq!(head().previous_term().as_deref(), Some("2018–2023"));
        assert_eq!(Letterhead { term: "nhiệm kỳ mới".into(), ..head() }.previous_term(), None);
        assert_eq!(upper("Công đoàn cơ sở đường sắt"), "CÔNG ĐOÀN CƠ SỞ ĐƯỜNG SẮT");
    }

    #[test]
    fn default_header_from_the_congress() {
        let c = crate::templates::sample_congress();
        let h = Letterhead::default_for(&c);
        assert_eq!(h.upper_union, c.upper_union);
        assert!(h.issuing_union.ends_with(&c.unit_name));
        assert!(split_term(&h.term).is_some());
    }

    #[test]
    fn a_header_needs_its_issuer_and_is_saved_as_typed() {
        let typed = Letterhead { place: " Sa Pa ".into(), signer_name: String::new(), ..head() };
        assert_eq!(typed.clone().validate(), Ok(typed.clone()), "kept as typed, empty signer allowed");
        for issuer in ["", "   "] {
            let missing = Letterhead { issuing_union: issuer.into(), ..typed.clone() };
            assert_eq!(missing.validate(), Err(LetterheadInputError::IssuerMissing));
        }
    }
}
