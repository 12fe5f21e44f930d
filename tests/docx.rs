//! The .docx the app writes, opened by real readers: python-docx (page set-up, fonts, header,
//! title, exact text) and LibreOffice headless converted to PDF (page size, text per page,
//! page numbers from page 2), through `tests/docx/check_docx.py`; and every document kind
//! checked by an independent OOXML validator (openxml-audit, through
//! `tests/docx/validate_ooxml.py`) for what Word is strict about. Needs python-docx,
//! openxml-audit, LibreOffice and poppler-utils (`make setup` installs them); without them
//! these tests fail.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use congress_notebook::export::docx::{docx, file_name};
use congress_notebook::model::{Congress, CongressDraft, CongressType, DocumentKind, Letterhead};
use congress_notebook::templates::{new_congress, new_draft, preset_round, sample_targets};

const VIETNAMESE: &str = "Kiểm tra dấu: ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ — “ngoặc kép” & <thẻ> không phải HTML.";

fn congress() -> Congress {
    let input = CongressDraft {
        unit_name: "Công đoàn Trường THCS Lê Lợi".into(),
        upper_union: "Liên đoàn Lao động huyện Sa Pa".into(),
        congress_type: CongressType::GrassrootsFullMember,
        date_text: "05/02/2023".into(),
        round: preset_round("2023-2028"),
    };
    let mut c = new_congress(input.validate().unwrap(), &mut congress_notebook::ids::new_id);
    c.targets = sample_targets(&mut congress_notebook::ids::new_id);
    c.letterhead = Some(Letterhead { place: "Sa Pa".into(), signer_name: "Nguyễn Thị Hằng".into(), ..c.letterhead_or_default() });
    c
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("docx-check");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Runs `tests/docx/validate_ooxml.py` on the files; fails with every finding it prints.
fn validate_ooxml(paths: &[PathBuf]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docx/validate_ooxml.py");
    let out = Command::new(python()).arg(&script).args(paths).output().unwrap_or_else(|e| {
        panic!("could not run {} (make setup installs openxml-audit): {e}", python())
    });
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success() && text.contains("ok "), "the OOXML validator found problems:\n{text}");
}

fn run_checker(path: &Path, expectations: serde_json::Value) {
    validate_ooxml(&[path.to_path_buf()]);
    let exp_path = path.with_extension("json");
    std::fs::write(&exp_path, expectations.to_string()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docx/check_docx.py");
    let python = python();
    let out = Command::new(&python).arg(&script).arg(path).arg(&exp_path).output().unwrap_or_else(|e| {
        panic!("could not run {python} (make setup installs python-docx and LibreOffice): {e}")
    });
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{}", text);
    assert!(text.contains("ok "), "{text}");
}

#[test]
fn term_report_opens_in_word_readers_with_the_decree_layout() {
    let c = congress();
    let mut d = new_draft(DocumentKind::TermReport, &c, &mut congress_notebook::ids::new_id);
    d.number = "12".into();
    d.sections[1].body = format!("{VIETNAMESE}\n- Đoàn viên: 120 người, nữ 64 người.");
    // Enough text for several pages, so page numbers can be checked from page 2 on.
    let filler = "Ban Chấp hành đã lãnh đạo thực hiện các nhiệm vụ trọng tâm của nhiệm kỳ với nhiều kết quả rõ nét. ".repeat(12);
    d.sections[2].body = (0..12).map(|i| format!("{}. {filler}", i + 1)).collect::<Vec<_>>().join("\n");
    let bytes = docx(&d, &c, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap());
    let path = out_dir().join(file_name(&d));
    assert!(path.to_string_lossy().ends_with(".docx"));
    std::fs::write(&path, &bytes).unwrap();
    let head = c.letterhead.clone().unwrap();
    let mut texts = vec![VIETNAMESE.to_string(), "- Đoàn viên: 120 người, nữ 64 người.".to_string()];
    texts.extend(c.targets.iter().enumerate().map(|(i, t)| format!("{}. {}", i + 1, t.sentence())));
    texts.push("Nguyễn Thị Hằng".into());
    run_checker(
        &path,
        serde_json::json!({
            "issuer": [head.upper_union.to_uppercase(), head.issuing_union.to_uppercase(), "Số: 12/BC-CĐCS"],
            "place_date": "Sa Pa, ngày 05 tháng 02 năm 2023",
            "heading": "BÁO CÁO",
            "title": d.title,
            "texts": texts,
            "min_pages": 3,
        }),
    );
}

#[test]
fn every_outline_exports_a_readable_file() {
    let c = congress();
    // One file per document kind through python-docx and LibreOffice would take minutes; the
    // layout is shared, so one unnumbered, unsigned kind and one signed minutes are enough here.
    for kind in [DocumentKind::Agenda, DocumentKind::CongressMinutes] {
        let mut d = new_draft(kind, &c, &mut congress_notebook::ids::new_id);
        d.date = NaiveDate::from_ymd_opt(2023, 3, 15);
        d.sections[0].body = "Hội trường A, 7 giờ 30".into();
        let bytes = docx(&d, &c, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap());
        let path = out_dir().join(file_name(&d));
        std::fs::write(&path, &bytes).unwrap();
        let head = c.letterhead.clone().unwrap();
        let mut issuer = vec![head.upper_union.to_uppercase(), head.issuing_union.to_uppercase()];
        if kind == DocumentKind::CongressMinutes {
            issuer.push("Số:      /BB-CĐCS".into());
        }
        run_checker(
            &path,
            serde_json::json!({
                "issuer": issuer,
                "place_date": "Sa Pa, ngày 15 tháng 3 năm 2023",
                "heading": d.heading,
                "title": d.title,
                "texts": ["Hội trường A, 7 giờ 30"],
                "min_pages": 1,
            }),
        );
    }
}

#[test]
fn every_document_kind_passes_an_ooxml_validator() {
    let now = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap();
    let empty_head = Letterhead {
        upper_union: String::new(),
        issuing_union: String::new(),
        place: String::new(),
        number_suffix: String::new(),
        term: String::new(),
        signer_name: String::new(),
    };
    let mut paths = Vec::new();
    // Every kind, with and without the congress's targets, with a filled, an empty and a
    // default (never edited) letterhead, as new drafts and as written ones.
    for (variant, targets, letterhead, written) in [
        ("filled", true, Some(congress().letterhead.unwrap()), true),
        ("filled-no-targets", false, Some(congress().letterhead.unwrap()), false),
        ("empty-head", true, Some(empty_head.clone()), false),
        ("empty-head-no-targets", false, Some(empty_head), true),
        ("default-head", false, None, false),
    ] {
        let mut c = congress();
        if !targets {
            c.targets.clear();
        }
        c.letterhead = letterhead;
        let dir = out_dir().join("ooxml").join(variant);
        std::fs::create_dir_all(&dir).unwrap();
        for kind in DocumentKind::ALL {
            let mut d = new_draft(kind, &c, &mut congress_notebook::ids::new_id);
            if written {
                d.number = "7".into();
                d.date = NaiveDate::from_ymd_opt(2023, 3, 15);
                for s in &mut d.sections {
                    s.body = format!("{VIETNAMESE}\n- ý một\n+ ý hai\nĐoạn cuối.");
                }
            }
            let bytes = docx(&d, &c, now);
            assert_eq!(bytes, docx(&d, &c, now), "{kind:?}: the same draft gives the same bytes");
            let path = dir.join(format!("{kind:?}.docx"));
            std::fs::write(&path, &bytes).unwrap();
            paths.push(path);
        }
    }
    validate_ooxml(&paths);
}

/// The congress day's documents written from its data (a vote count, the first meeting's
/// minutes on a blank draft, the recognition letter with its list) pass the OOXML validator;
/// the first meeting's minutes, whose sections are all added to a blank draft, also open in
/// python-docx and LibreOffice with their text.
#[test]
fn the_documents_written_from_the_congress_day_open_in_word_readers() {
    use congress_notebook::model::congress_day::{person, Attendance, Base, Body, CongressDay, Count, Election, Gender, Sitting};
    use congress_notebook::model::DocSymbol;
    use congress_notebook::templates::minutes;
    let now = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap();
    let c = congress();
    let mut day = CongressDay { congress: Attendance { summoned: Some(30), present: Some(28) }, first_meeting: Attendance { summoned: Some(7), present: Some(7) }, ..Default::default() };
    for (id, family, middle, given, g) in [("a", "Lò", "Thị", "Xuân", Gender::Female), ("b", "Nguyễn", "Văn", "Đức", Gender::Male), ("c", "Hờ", "A", "Dính", Gender::Male)] {
        day.people.push(person(id.into(), family, middle, given, g, "1980").unwrap());
    }
    let election = |id: &str, body, seats, candidates: &[&str], votes: Vec<u32>, issued| Election {
        id: id.into(),
        body,
        round: 1,
        seats,
        base: Base::Collected,
        candidates: candidates.iter().map(|c| c.to_string()).collect(),
        count: Some(Count { issued, collected: issued, valid: issued, invalid: 0, votes }),
        ballots: Vec::new(),
        ballots_again: Vec::new(),
    };
    day.elections.push(election("e1", Body::Executive, 2, &["a", "b", "c"], vec![25, 20, 9], 28));
    day.elections.push(election("e2", Body::Chair, 1, &["a"], vec![7], 7));
    let term = c.letterhead_or_default().term;
    let dir = out_dir().join("day-documents");
    std::fs::create_dir_all(&dir).unwrap();
    let write_draft = |kind, name: &str, sections: Vec<(&'static str, String)>, edit: &dyn Fn(&mut congress_notebook::model::Draft)| {
        let mut d = new_draft(kind, &c, &mut congress_notebook::ids::new_id);
        edit(&mut d);
        for (heading, body) in sections {
            d.set_section(heading, body, &mut congress_notebook::ids::new_id);
        }
        let path = dir.join(name);
        std::fs::write(&path, docx(&d, &c, now)).unwrap();
        (path, d)
    };
    let e1 = day.elections[0].clone();
    let (count, _) = write_draft(DocumentKind::VoteCountMinutes, "count.docx", minutes::vote_count(&day, &e1).unwrap(), &|d| d.title = minutes::count_title(&e1, &term));
    let mut meeting_sections = vec![(minutes::MINUTES_TIME_PLACE, "Phòng họp số 2, 14 giờ".to_string())];
    meeting_sections.extend(minutes::minutes(&day, Sitting::FirstMeeting));
    let (meeting, meeting_draft) = write_draft(DocumentKind::Blank, "meeting.docx", meeting_sections, &|d| {
        d.title = minutes::first_meeting_title(&term);
        d.heading = minutes::MINUTES_HEADING.into();
        d.symbol = Some(DocSymbol::Minutes);
    });
    let (letter, _) = write_draft(DocumentKind::RecognitionLetter, "letter.docx", minutes::recognition(&day, &c.unit_name, "05/02/2023"), &|_| {});
    validate_ooxml(&[count.clone(), meeting.clone(), letter]);
    let head = c.letterhead.clone().unwrap();
    run_checker(
        &meeting,
        serde_json::json!({
            "issuer": [head.upper_union.to_uppercase(), head.issuing_union.to_uppercase(), "Số:      /BB-CĐCS"],
            "place_date": "Sa Pa, ngày 05 tháng 02 năm 2023",
            "heading": "BIÊN BẢN",
            "title": meeting_draft.title,
            "texts": [
                "Phòng họp số 2, 14 giờ",
                "Số được triệu tập: 7; có mặt: 7 (100,00%), cần ít nhất 5 (2/3 số được triệu tập): đủ điều kiện tiến hành.",
                "- Bầu Chủ tịch công đoàn (1 người): phát ra 7, thu về 7, hợp lệ 7, không hợp lệ 0; trúng cử: Bà Lò Thị Xuân (7 phiếu, 100,00%).",
            ],
            "min_pages": 1,
        }),
    );
}
