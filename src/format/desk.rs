//! Reading a unit file for the upper union's desk, in the import checker's worker: the same
//! strict reader as every import, then only the unit's `UnitRow` (a few hundred bytes) goes
//! back to the page, so a batch of a thousand files never crosses whole.

use serde::{Deserialize, Serialize};

use super::import::read;
use super::Payload;
use crate::i18n;
use crate::model::desk::UnitRow;

/// What the worker answers for one file of a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
// One reply per file, made once and moved once: boxing the row buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum DeskReply {
    Row(UnitRow),
    /// The Vietnamese reason the file is not a unit file the desk can read.
    Refused(String),
}

/// Reads one file of a batch.
pub fn summarize(bytes: &[u8]) -> DeskReply {
    match read(bytes) {
        Ok(envelope) => match envelope.payload {
            Payload::Unit(unit) => {
                let sent = unit.includes_drafts.unwrap_or(false);
                let mut row = UnitRow::of(&unit.congress, &unit.drafts, sent, &envelope.exported_at);
                row.results = unit.results;
                DeskReply::Row(row)
            }
            Payload::WorkspaceBackup(_) => DeskReply::Refused(i18n::DESK_BACKUP_NOT_UNIT.to_string()),
            Payload::Plan(_) => DeskReply::Refused(i18n::DESK_PLAN_NOT_UNIT.to_string()),
        },
        Err(e) => DeskReply::Refused(i18n::import_error(&e)),
    }
}

/// The worker's answer as text.
pub fn reply(bytes: &[u8]) -> String {
    to_text(&summarize(bytes))
}

/// The answer when the browser could not read the file.
pub fn unreadable_file() -> String {
    to_text(&DeskReply::Refused(i18n::IMPORT_FILE_UNREADABLE.to_string()))
}

fn to_text(reply: &DeskReply) -> String {
    serde_json::to_string(reply).unwrap_or_default()
}

/// Reads the worker's answer on the page side.
pub fn parse_reply(text: &str) -> DeskReply {
    serde_json::from_str(text).unwrap_or_else(|_| DeskReply::Refused(i18n::CHECKER_ANSWER_UNREADABLE.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::export::{backup_file, unit_file, UnitOptions};
    use crate::model::desk::DocState;
    use crate::model::{DocumentKind, DraftStatus};
    use crate::templates::{new_draft, sample_congress};
    use chrono::NaiveDate;

    fn now() -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 4, 2).unwrap().and_hms_opt(3, 0, 0).unwrap()
    }

    #[test]
    fn a_unit_file_becomes_its_row_and_says_whether_its_drafts_were_sent() {
        let c = sample_congress();
        let mut n = 0;
        let mut report = new_draft(DocumentKind::TermReport, &c, &mut || {
            n += 1;
            format!("d{n}")
        });
        report.status = DraftStatus::SentUpper;
        let drafts = vec![report];
        let with = unit_file(&c, &drafts, UnitOptions { include_people: true, include_drafts: true }, now());
        let row = match parse_reply(&reply(with.as_bytes())) { DeskReply::Row(row) => row, other => panic!("{other:?}") };
        assert_eq!(row.unit_name, c.unit_name);
        assert_eq!(row.exported_at, "2023-04-02T03:00:00Z");
        assert_eq!(row.documents, vec![DocState::Drafted(DraftStatus::SentUpper), DocState::NotStarted, DocState::NotStarted]);
        let without = unit_file(&c, &drafts, UnitOptions { include_people: true, include_drafts: false }, now());
        let DeskReply::Row(row) = summarize(without.as_bytes()) else { panic!("refused") };
        assert_eq!(row.documents, vec![DocState::NotSent; 3]);
        // Included but none written yet: "not started", not "not sent".
        let none = unit_file(&c, &[], UnitOptions { include_people: true, include_drafts: true }, now());
        let DeskReply::Row(row) = summarize(none.as_bytes()) else { panic!("refused") };
        assert_eq!(row.documents, vec![DocState::NotStarted; 3]);
    }

    /// A unit file's results reach the desk's row; results that cannot be true refuse the file.
    #[test]
    fn a_unit_files_results_reach_its_row_and_impossible_ones_are_refused() {
        use crate::format::export::unit_file_with_results;
        use crate::model::results::{Composition, Filled, ResultsSummary};
        let c = sample_congress();
        let results = ResultsSummary {
            summoned: Some(40),
            present: Some(35),
            executive: Some(Filled { seats: 9, elected: 9 }),
            composition: Composition { women: 4, under_35: 1, under_40: 3, births_unknown: 1, ..Default::default() },
            ..Default::default()
        };
        let options = UnitOptions { include_people: false, include_drafts: false };
        let text = unit_file_with_results(&c, &[], Some(results), &[], options, now());
        let DeskReply::Row(row) = summarize(text.as_bytes()) else { panic!("refused") };
        assert_eq!(row.results, Some(results));
        let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            edit(&mut v);
            match summarize(v.to_string().as_bytes()) {
                DeskReply::Refused(m) => m,
                DeskReply::Row(_) => panic!("accepted"),
            }
        };
        assert!(refused(&|v| v["data"]["results"]["present"] = 41.into()).contains("data.results.present"));
        assert!(refused(&|v| v["data"]["results"]["executive"]["elected"] = 10.into()).contains("data.results.executive.elected"));
        assert!(refused(&|v| v["data"]["results"]["composition"]["women"] = 10.into()).contains("data.results.composition.women"));
        assert!(refused(&|v| v["data"]["results"]["composition"]["under_35"] = 4.into()).contains("data.results.composition.under_40"));
    }

    /// The personnel plan draft goes without its list of nominees, the vote-count minutes
    /// without the counts per candidate; other drafts go whole.
    #[test]
    fn a_unit_file_leaves_out_the_list_of_nominees() {
        use crate::templates::personnel::{LIST_HEADING, STRUCTURE_HEADING};
        let c = sample_congress();
        let mut n = 0;
        let mut ids = || {
            n += 1;
            format!("d{n}")
        };
        let mut plan = new_draft(DocumentKind::PersonnelPlan, &c, &mut ids);
        plan.set_section(LIST_HEADING, "- 1. Bà Lê Thị Ánh, sinh ngày 05/03/1990, dân tộc Tày, đảng viên.".into(), &mut ids);
        plan.set_section(STRUCTURE_HEADING, "Số lượng: Ban Chấp hành: 5 ủy viên.".into(), &mut ids);
        let mut report = new_draft(DocumentKind::TermReport, &c, &mut ids);
        report.sections[0].body = "Kết quả: Lê Thị Ánh".into();
        let mut count = new_draft(DocumentKind::VoteCountMinutes, &c, &mut ids);
        count.set_section(crate::templates::minutes::COUNT_BALLOTS, "Số phiếu phát ra: 28.".into(), &mut ids);
        count.set_section(crate::templates::minutes::COUNT_RESULT, "- 3. Bà Trần Thị Mai: 9 phiếu.".into(), &mut ids);
        count.set_section(crate::templates::minutes::COUNT_ELECTED, "Bằng phiếu nhau: Ông Vũ Văn Hòa".into(), &mut ids);
        let text = unit_file(&c, &[plan, report, count], UnitOptions { include_people: true, include_drafts: true }, now());
        assert!(!text.contains("05/03/1990") && !text.contains("Tày") && !text.contains("Mai") && !text.contains("Hòa"), "{text}");
        assert!(text.contains("Số lượng: Ban Chấp hành: 5 ủy viên.") && text.contains("Kết quả: Lê Thị Ánh") && text.contains("Số phiếu phát ra: 28."));
        // Wherever the user put a name of someone elected to nothing (a renamed heading, a show
        // of hands on the ballot list), the line goes; the rest of the section stays.
        use crate::format::export::unit_file_with_results;
        let mut minutes = new_draft(DocumentKind::CongressMinutes, &c, &mut ids);
        minutes.sections[1].body = "Có mặt 28/30.\n- Danh sách bầu cử (Bà Lò Thị Xuân, Bà Trần Thị Mai): tán thành 28.".into();
        let mut renamed = new_draft(DocumentKind::PersonnelPlan, &c, &mut ids);
        renamed.sections[4].heading = "V. Danh sách người được giới thiệu".into();
        renamed.sections[4].body = "- 1. Bà Trần Thị Mai, sinh năm 1990.\n- 2. Bà Lò Thị Xuân.".into();
        let options = UnitOptions { include_people: true, include_drafts: true };
        let text = unit_file_with_results(&c, &[minutes, renamed], None, &["Trần Thị Mai".to_string()], options, now());
        assert!(!text.contains("Mai") && text.contains("Có mặt 28/30.") && text.contains("- 2. Bà Lò Thị Xuân."), "{text}");
    }

    #[test]
    fn a_backup_a_bad_file_and_a_newer_file_are_refused_with_their_reason() {
        let c = sample_congress();
        let backup = backup_file(&[c], &[], &[], &[], &[], now());
        assert_eq!(summarize(backup.as_bytes()), DeskReply::Refused(i18n::DESK_BACKUP_NOT_UNIT.to_string()));
        let DeskReply::Refused(m) = summarize(b"{") else { panic!() };
        assert!(m.contains("cụt"), "{m}");
        let newer = br#"{"format":"congress-notebook","version":2,"exported_at":"2030-01-01T00:00:00Z","app_version":"9","kind":"unit","data":{}}"#;
        let DeskReply::Refused(m) = summarize(newer) else { panic!() };
        assert!(m.contains("phiên bản mới hơn"), "{m}");
        assert!(matches!(parse_reply("nonsense"), DeskReply::Refused(_)));
    }
}
