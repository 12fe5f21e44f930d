//! The desk's CSV opened in a spreadsheet: LibreOffice Calc imports it (the nearest to Excel
//! this machine has; Excel itself is not checked) with each separator, and every cell comes out
//! as the app meant: Vietnamese intact, dates as dd/mm/yyyy text (never turned into a date
//! number), a cell that looks like a formula kept as text, counts as numbers.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use congress_notebook::export::csv::{desk_table, Separator};
use congress_notebook::model::desk::UnitRow;
use congress_notebook::model::{CongressDraft, CongressType, CutOff, Level, Round};
use congress_notebook::templates::new_congress;
use serde_json::Value;

fn row(name: &str, date: &str) -> UnitRow {
    let input = CongressDraft {
        unit_name: name.into(),
        upper_union: "Liên đoàn Lao động huyện Sa Pa".into(),
        congress_type: CongressType::GrassrootsFullMember,
        date_text: date.into(),
        round: Some(Round {
            id: "r".into(),
            name: "2027–2032".into(),
            cut_offs: vec![CutOff { level: Level::Grassroots, date: NaiveDate::from_ymd_opt(2027, 5, 31).unwrap() }],
            pilot_cut_off: None,
        }),
    }
    .validate()
    .unwrap();
    let mut n = 0;
    let c = new_congress(input, &mut || {
        n += 1;
        format!("t{n}")
    });
    UnitRow::of(&c, &[], false, "2026-11-20T02:00:00Z")
}

fn open_in_calc(csv: &str, sep: char) -> Vec<Vec<Value>> {
    let dir = std::env::temp_dir().join(format!("desk-csv-{}-{}", std::process::id(), sep as u32));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("tonghop.csv");
    std::fs::write(&file, csv).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/csv/open_in_calc.py");
    let out = Command::new("python3").arg(script).arg(&file).arg(sep.to_string()).output().expect("python3 runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: Vec<Vec<Value>> = serde_json::from_slice(&out.stdout).unwrap();
    rows
}

#[test]
fn calc_reads_the_desk_csv_as_the_app_meant_with_either_separator() {
    let rows = [row("=HYPERLINK(\"http://x\";\"Công đoàn Đông Hải\")", "02/05/2027"), row("Công đoàn Ánh Dương, Sa Pa", "10/01/2027")];
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for (sep, c) in [(Separator::Semicolon, ';'), (Separator::Comma, ',')] {
        let csv = desk_table(&rows.iter().collect::<Vec<_>>(), None, today, sep);
        let sheet = open_in_calc(&csv, c);
        assert_eq!(sheet.len(), 3, "{c}: a header and one line per unit");
        let header: Vec<&str> = sheet[0].iter().map(|v| v[1].as_str().unwrap()).collect();
        let col = |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("{c}: no column {name}"));
        assert_eq!(header[0], "Đơn vị", "{c}: the byte-order mark makes Calc read UTF-8");
        let text = |r: usize, name: &str| -> String {
            let v = &sheet[r][col(name)];
            assert_eq!(v[0], "s", "{c}: {name} of line {r} is {v}, not text");
            v[1].as_str().unwrap().to_string()
        };
        // A name that looks like a formula stays text: no formula runs, the name is all there.
        assert_eq!(text(1, "Đơn vị"), "'=HYPERLINK(\"http://x\";\"Công đoàn Đông Hải\")");
        assert_eq!(text(2, "Đơn vị"), "Công đoàn Ánh Dương, Sa Pa");
        // 02/05/2027 stays the 2nd of May as typed, text, not a date number (nor the 5th of February).
        assert_eq!(text(1, "Ngày đại hội").trim(), "02/05/2027");
        assert_eq!(text(1, "Hạn chót").trim(), "31/05/2027");
        assert_eq!(text(2, "Ngày gửi tệp").trim(), "20/11/2026");
        assert_eq!(text(1, "Hình thức"), "Đại hội toàn thể đoàn viên");
        let days = &sheet[1][col("Số ngày từ khi gửi")];
        assert_eq!((days[0].as_str(), days[1].as_f64()), (Some("n"), Some(2.0)), "{c}: a count is a number");
    }
}
