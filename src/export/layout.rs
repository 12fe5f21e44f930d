//! A draft laid out as an issued document, once, for both the .docx writer and the print view:
//! the two-column header (issuer block and national title), number, place and date, type
//! heading and title, the text as blocks (the congress's targets after the sections that list
//! them), and the signature block. Pure: no web, no XML.

use chrono::NaiveDate;

use crate::model::draft::{paragraphs, Draft, LineKind};
use crate::model::letterhead::{number_line, place_and_date, upper};
use crate::model::targets::numbered;
use crate::model::Congress;
use crate::templates::documents::signer;

pub use crate::templates::documents::{NATIONAL_MOTTO, NATIONAL_TITLE, RECIPIENTS};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A part heading (PHẦN THỨ NHẤT…): bold, centred.
    Part(String),
    /// A section heading: bold.
    Heading(String),
    Paragraph(String),
    /// A list item, written with a leading dash.
    Bullet(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Upper union, in capitals.
    pub upper_union: String,
    /// Issuing union, in capitals (bold).
    pub issuing_union: String,
    /// "Số: 12/BC-CĐCS", if the document carries a number.
    pub number: Option<String>,
    /// "Sa Pa, ngày 05 tháng 02 năm 2023".
    pub place_date: String,
    /// "BÁO CÁO" (may be empty).
    pub heading: String,
    pub title: String,
    pub blocks: Vec<Block>,
    /// Who signs: the capacity lines ("TM. BAN CHẤP HÀNH", "CHỦ TỊCH") and the name (the
    /// recipients block, `RECIPIENTS`, goes beside it).
    pub signature: Option<(&'static [&'static str], String)>,
}

/// The date a draft carries: its own, or congress day.
pub fn document_date(draft: &Draft, congress: &Congress) -> NaiveDate {
    draft.date.unwrap_or(congress.date)
}

pub fn layout(draft: &Draft, congress: &Congress) -> Layout {
    let head = congress.letterhead_or_default();
    let mut blocks = Vec::new();
    for s in &draft.sections {
        let heading = s.heading.trim();
        if !heading.is_empty() {
            blocks.push(if s.level <= 1 { Block::Part(heading.to_string()) } else { Block::Heading(heading.to_string()) });
        }
        for (kind, text) in paragraphs(&s.body) {
            blocks.push(match kind {
                LineKind::Paragraph => Block::Paragraph(text.to_string()),
                LineKind::Bullet => Block::Bullet(text.to_string()),
            });
        }
        if s.targets {
            blocks.extend(numbered(&congress.targets).into_iter().map(Block::Paragraph));
        }
    }
    Layout {
        upper_union: upper(&head.upper_union),
        issuing_union: upper(&head.issuing_union),
        number: number_line(draft, &head),
        place_date: place_and_date(&head, document_date(draft, congress)),
        heading: upper(&draft.heading),
        title: draft.title.trim().to_string(),
        blocks,
        signature: signer(draft.kind).map(|lines| (lines, head.signer_name.trim().to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocumentKind;
    use crate::templates::{new_draft, sample_congress, sample_targets};

    #[test]
    fn term_report_layout() {
        let mut c = sample_congress();
        let mut n = 0;
        let mut ids = || {
            n += 1;
            format!("i{n}")
        };
        c.targets = sample_targets(&mut ids);
        let mut d = new_draft(DocumentKind::TermReport, &c, &mut ids);
        d.number = "12".into();
        d.sections[1].body = "Đơn vị có 120 đoàn viên.\n\n- nữ: 60\n".into();
        let l = layout(&d, &c);
        assert_eq!(l.heading, "BÁO CÁO");
        assert!(l.number.as_deref().unwrap().starts_with("Số: 12/BC-"));
        assert_eq!(l.upper_union, c.upper_union.to_uppercase());
        assert!(matches!(&l.blocks[0], Block::Part(p) if p.starts_with("PHẦN THỨ NHẤT")));
        assert_eq!(l.blocks[2], Block::Paragraph("Đơn vị có 120 đoàn viên.".into()));
        assert_eq!(l.blocks[3], Block::Bullet("nữ: 60".into()));
        // The targets follow the targets section, numbered, once.
        let first_target = format!("1. {}", c.targets[0].sentence());
        let at = l.blocks.iter().position(|b| b == &Block::Paragraph(first_target.clone())).expect("targets listed");
        assert!(matches!(&l.blocks[at - 1], Block::Heading(h) if h.contains("chỉ tiêu")));
        assert_eq!(l.blocks.iter().filter(|b| matches!(b, Block::Paragraph(p) if p == &first_target)).count(), 1);
        assert_eq!(l.signature.as_ref().unwrap().0, &["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"]);
    }

    #[test]
    fn speeches_are_not_signed_nor_numbered() {
        let c = sample_congress();
        let d = new_draft(DocumentKind::OpeningSpeech, &c, &mut crate::ids::new_id);
        let l = layout(&d, &c);
        assert_eq!(l.signature, None);
        assert_eq!(l.number, None);
    }
}
