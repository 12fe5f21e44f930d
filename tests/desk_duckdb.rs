//! The upper union's DuckDB recipe (`recipes/duckdb/desk_summary.py`) gives the same summary as
//! the app's desk for the same files: 10,000 generated unit files (every kind of congress, in a
//! round or not, pilots, held or not, drafts sent or not, units sent twice) are read by the app's
//! own reader and rules, and by DuckDB with columns derived from the published schema; the two
//! tables must be equal line for line. Needs `python3` with `duckdb` (installed by
//! tools/setup.sh).

use std::collections::BTreeMap;
use std::process::Command;

use chrono::{Duration, NaiveDate};
use congress_notebook::format::desk::{summarize, DeskReply};
use congress_notebook::format::export::{unit_file_with_results, UnitOptions};
use congress_notebook::model::desk::{merge, DocState, UnitRow};
use congress_notebook::model::results::{Composition, Filled, ResultsSummary};
use congress_notebook::model::upper_plan::PlanLink;
use congress_notebook::model::{CongressDraft, CongressType, CutOff, DocumentKind, DraftStatus, Level, Round, Status};
use congress_notebook::templates::{new_congress, new_draft};

const UNITS: usize = 10_000;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Unit `i`'s file, as exported `age` days before 22/11/2026 (`age` 0: that day).
fn unit(i: usize, age: i64) -> String {
    let mut ids = 0usize;
    let mut new_id = || {
        ids += 1;
        format!("u{i}-{ids}")
    };
    let round = match i % 3 {
        0 => None,
        1 => Some(Round {
            id: "2027-2032".into(),
            name: "Nhiệm kỳ 2027–2032".into(),
            cut_offs: vec![
                CutOff { level: Level::Grassroots, date: day(2027, 5, 31) },
                CutOff { level: Level::DirectUpper, date: day(2027, 7, 31) },
            ],
            pilot_cut_off: None,
        }),
        _ => Some(Round {
            id: "2023-2028".into(),
            name: "Nhiệm kỳ 2023–2028".into(),
            cut_offs: vec![CutOff { level: Level::Grassroots, date: day(2023, 5, 31) }],
            pilot_cut_off: Some(day(2023, 2, 28)),
        }),
    };
    let date = day(2026, 6, 1) + Duration::days((i * 37 % 560) as i64);
    let input = CongressDraft {
        unit_name: format!("Công đoàn đơn vị số {i}"),
        upper_union: "Liên đoàn Lao động huyện Sa Pa".into(),
        congress_type: [CongressType::GrassrootsFullMember, CongressType::GrassrootsDelegate, CongressType::DirectUpper][i % 7 % 3],
        date_text: date.format("%d/%m/%Y").to_string(),
        round,
    }
    .validate()
    .unwrap();
    let mut c = new_congress(input, &mut new_id);
    c.id = format!("unit-{i:05}");
    // A third follow their upper union's plan (a code); some hold a conference instead.
    if i % 3 == 1 || i % 150 == 0 {
        c.plan = Some(PlanLink {
            code: format!("M{i:05}"),
            upper_union: "Liên đoàn Lao động huyện Sa Pa".into(),
            issued_at: "2026-06-01T01:00:00Z".into(),
            due_offsets: Vec::new(),
            guidance: Vec::new(),
        });
        // Its newer file came from a new notebook (another congress id), matched by the code.
        if i % 150 == 0 && age == 3 {
            c.id = format!("unit-{i:05}-again");
        }
    }
    c.conference = i % 7 == 3;
    if i % 17 == 0 {
        c.pilot_cut_off = Some(day(2027, 2, 28));
    }
    let today = day(2026, 11, 22);
    for (j, t) in c.tasks.iter_mut().enumerate() {
        match (i + j + age as usize) % 11 {
            0..=3 => t.set_done(true, today),
            4 => t.set_status(Status::NotApplicable, today),
            5 => t.set_status(Status::InProgress, today),
            _ => {}
        }
    }
    let with_drafts = i % 4 != 0;
    let kinds: &[DocumentKind] = match i % 4 {
        2 => &[DocumentKind::TermReport],
        3 => &[DocumentKind::TermReport, DocumentKind::PersonnelPlan, DocumentKind::Resolution, DocumentKind::TermReport],
        _ => &[],
    };
    let statuses = [DraftStatus::Draft, DraftStatus::SentUpper, DraftStatus::CommentsReceived, DraftStatus::Final];
    let drafts: Vec<_> = kinds
        .iter()
        .enumerate()
        .map(|(k, kind)| {
            let mut d = new_draft(*kind, &c, &mut new_id);
            d.status = statuses[(i + k) % 4];
            d
        })
        .collect();
    let now = day(2026, 11, 22).and_hms_opt(9, 0, 0).unwrap() - Duration::days(age) - Duration::hours((i % 24) as i64);
    // Every fifth unit has held its elections and sent the results; some typed only attendance.
    let results = match i % 5 {
        0 => Some(ResultsSummary {
            summoned: Some(40 + (i % 9) as u32),
            present: Some(35),
            executive: Some(Filled { seats: 9, elected: 9 - (i % 2) as u32 }),
            inspection: (i % 3 == 0).then_some(Filled { seats: 3, elected: 3 }),
            chair_at_congress: i % 4 == 0,
            chair_elected: true,
            composition: Composition { women: (i % 4) as u32, under_35: 1, under_40: 2, party_members: 5, ethnic_minority: (i % 2) as u32, re_elected: 4, births_unknown: 1 },
            ..Default::default()
        }),
        1 => Some(ResultsSummary { summoned: Some(30), present: Some(20), ..Default::default() }),
        _ => None,
    };
    unit_file_with_results(&c, &drafts, results, &[], UnitOptions { include_people: i % 2 == 0, include_drafts: with_drafts }, now)
}

fn state(s: DocState) -> &'static str {
    match s {
        DocState::NotSent => "not_sent",
        DocState::NotStarted => "not_started",
        DocState::Drafted(s) => s.name(),
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or(String::new(), |v| v.to_string())
}

/// The app's line for a unit, in the recipe's columns.
fn line(r: &UnitRow, today: NaiveDate) -> String {
    let s = r.standing(today);
    let (done, applicable) = r.progress();
    let mut cells = vec![
        r.congress_id.clone(),
        opt(r.code.as_deref()),
        r.conference.to_string(),
        r.unit_name.clone(),
        r.level.name().to_string(),
        r.kind.name().to_string(),
        r.pilot.to_string(),
        r.date.to_string(),
        opt(r.cut_off),
        opt(s.within_cut_off),
        s.held.to_string(),
        s.late.to_string(),
        done.to_string(),
        applicable.to_string(),
        s.overdue.to_string(),
    ];
    cells.extend(r.documents.iter().map(|d| state(*d).to_string()));
    cells.extend([opt(r.sent_on()), s.days_since_sent.to_string(), s.stale.to_string()]);
    let res = r.results.as_ref();
    let exec = res.and_then(|x| x.executive);
    let group = |f: fn(&ResultsSummary) -> u32| opt(res.filter(|_| exec.is_some()).map(f));
    cells.extend([
        opt(res.and_then(|x| x.summoned)),
        opt(res.and_then(|x| x.present)),
        opt(exec.map(|f| f.seats)),
        opt(exec.map(|f| f.elected)),
        group(|x| x.composition.women),
        group(|x| x.composition.under_35),
        group(|x| x.composition.under_40),
        group(|x| x.composition.party_members),
        group(|x| x.composition.ethnic_minority),
        group(|x| x.composition.re_elected),
        group(|x| x.composition.births_unknown),
        opt(res.and_then(|x| x.inspection).map(|f| f.seats)),
        opt(res.and_then(|x| x.inspection).map(|f| f.elected)),
        opt(res.map(|x| x.chair_at_congress)),
    ]);
    cells.join(",")
}

#[test]
fn duckdb_reads_ten_thousand_unit_files_into_the_same_table_as_the_app() {
    let dir = std::env::temp_dir().join(format!("desk-duckdb-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let today = day(2026, 11, 22);
    let mut units: Vec<UnitRow> = Vec::new();
    let mut files = 0;
    for i in 0..UNITS {
        // Every 50th unit also sent an older file, written first or last.
        let sends: &[i64] = if i % 50 == 0 { if i % 100 == 0 { &[20, 3] } else { &[3, 20] } } else { &[(i % 30) as i64] };
        for (k, age) in sends.iter().enumerate() {
            let text = unit(i, *age);
            std::fs::write(dir.join(format!("donvi-{i:05}-{k}.json")), &text).unwrap();
            files += 1;
            match summarize(text.as_bytes()) {
                DeskReply::Row(row) => {
                    merge(&mut units, row, |r| r);
                }
                DeskReply::Refused(why) => panic!("unit {i}: {why}"),
            }
        }
    }
    assert_eq!(units.len(), UNITS);
    units.sort_by(|a, b| a.unit_key().cmp(b.unit_key()));
    assert!(units.iter().any(|u| u.congress_id.ends_with("-again")), "a unit matched by its code across notebooks");
    let expected: Vec<String> = units.iter().map(|r| line(r, today)).collect();

    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/recipes/duckdb/desk_summary.py");
    let out = Command::new("python3").arg(script).arg(&dir).arg("2026-11-22").output().expect("python3 runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "the recipe failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("congress_id,code,conference,unit_name,level,kind,pilot,date,cut_off,within_cut_off,held,late,done,applicable,overdue,term_report,personnel_plan,resolution,sent_on,days_since_sent,stale,summoned,present,executive_seats,executive_elected,women,under_35,under_40,party_members,ethnic_minority,re_elected,births_unknown,inspection_seats,inspection_elected,chair_at_congress")
    );
    let got: Vec<String> = lines.map(str::to_string).collect();
    assert_eq!(got.len(), UNITS, "{files} files, one line per unit");
    let differences: BTreeMap<usize, (&String, &String)> =
        expected.iter().zip(&got).enumerate().filter(|(_, (e, g))| e != g).take(5).collect();
    assert!(differences.is_empty(), "app vs DuckDB: {differences:#?}");
    // The generated folder covers every case the table tells apart.
    for needle in [",true,", ",false,", "not_sent", "not_started", "final", "sent_upper", ",,"] {
        assert!(expected.iter().any(|l| l.contains(needle)), "no unit with {needle}");
    }
    // Results: full, attendance only, and none.
    assert!(expected.iter().any(|l| l.ends_with(",3,3,true")) && expected.iter().any(|l| l.contains(",30,20,,,")) && expected.iter().any(|l| l.ends_with(",,,,,,,,,,,,,,")));
}
