//! Every file of the import corpus (tests/fixtures/import, listed in cases.tsv with the
//! outcome it must produce) is read and refused or accepted exactly as listed, with its
//! Vietnamese message; the very large and very deep files are generated here.

use congress_notebook::format::export::{backup_file, unit_file, UnitOptions};
use congress_notebook::format::import::{read, FieldProblem, ImportError, MAX_FILE_BYTES};
use congress_notebook::format::Payload;
use congress_notebook::i18n::import_error;
use congress_notebook::model::{CongressDraft, CongressType};
use congress_notebook::templates::new_congress;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

fn variant(e: &ImportError) -> (&'static str, Option<&str>, Option<String>) {
    match e {
        ImportError::TooLarge { .. } => ("TooLarge", None, None),
        ImportError::Empty => ("Empty", None, None),
        ImportError::NotUtf8 { .. } => ("NotUtf8", None, None),
        ImportError::NotJson { truncated, .. } => ("NotJson", None, truncated.then(|| "truncated".to_string())),
        ImportError::TooDeep => ("TooDeep", None, None),
        ImportError::NotOurFormat => ("NotOurFormat", None, None),
        ImportError::BadVersion => ("BadVersion", None, None),
        ImportError::TooNew { version } => ("TooNew", None, Some(version.to_string())),
        ImportError::UnknownKind { kind } => ("UnknownKind", None, Some(kind.clone())),
        ImportError::Invalid { path, problem } => {
            let p = match problem {
                FieldProblem::Missing(_) => "Missing",
                FieldProblem::WrongType => "WrongType",
                FieldProblem::UnknownValue => "UnknownValue",
                FieldProblem::BadDate => "BadDate",
                FieldProblem::Empty => "Empty",
                FieldProblem::OutOfRange => "OutOfRange",
                FieldProblem::BadId => "BadId",
                FieldProblem::BadCode => "BadCode",
                FieldProblem::Other(_) => "Other",
            };
            ("Invalid", Some(path.as_str()), Some(p.to_string()))
        }
        ImportError::DuplicateId { path, .. } => ("DuplicateId", Some(path.as_str()), None),
        ImportError::DateOutOfRange { path, .. } => ("DateOutOfRange", Some(path.as_str()), None),
    }
}

#[test]
fn the_corpus_gets_exactly_the_listed_outcomes() {
    let cases = std::fs::read_to_string(format!("{DIR}/cases.tsv")).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in cases.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (file, expected) = line.split_once('\t').unwrap();
        let bytes = std::fs::read(format!("{DIR}/{file}")).unwrap();
        let outcome = read(&bytes);
        checked += 1;
        match (expected.split_once(':').map_or((expected, None), |(a, b)| (a, Some(b))), &outcome) {
            (("ok", literal), Ok(envelope)) => {
                if let Some(text) = literal {
                    let json = serde_json::to_string(envelope).unwrap();
                    let shown = serde_json::to_string(text).unwrap();
                    if !json.contains(shown.trim_matches('"')) {
                        failures.push(format!("{file}: the text {text:?} was not kept literally"));
                    }
                }
            }
            ((want, rest), Err(e)) => {
                let (got, path, detail) = variant(e);
                let message = import_error(e);
                let mut parts = rest.map(|r| r.splitn(2, ':').collect::<Vec<_>>()).unwrap_or_default().into_iter();
                let first = parts.next();
                let second = parts.next();
                let ok = got == want
                    && match got {
                        "Invalid" => first.is_none_or(|p| Some(p) == path) && second.is_none_or(|d| Some(d.to_string()) == detail),
                        "DuplicateId" | "DateOutOfRange" => first.is_none_or(|p| Some(p) == path),
                        "NotJson" | "TooNew" | "UnknownKind" => first.is_none_or(|d| Some(d.to_string()) == detail),
                        _ => true,
                    };
                if !ok {
                    failures.push(format!("{file}: expected {expected}, got {got} {path:?} {detail:?} ({e:?})"));
                }
                if message.trim().is_empty() || message.is_ascii() {
                    failures.push(format!("{file}: no Vietnamese message: {message:?}"));
                }
                if let Some(p) = path.filter(|p| !p.is_empty()) {
                    if !message.contains(p) {
                        failures.push(format!("{file}: the message does not name the field {p}: {message}"));
                    }
                }
            }
            _ => failures.push(format!("{file}: expected {expected}, got {outcome:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 60, "only {checked} cases");
}

#[test]
fn very_large_and_very_deep_files_are_refused() {
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(read(&huge), Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
    assert!(import_error(&ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1 }).contains("20 MB"));
    // A deep array is not even an object: refused before its depth matters.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(read(deep.as_bytes()), Err(ImportError::NotOurFormat));
    // Deep anywhere else: the content's types are not recursive, so a deep value is refused
    // by its type at once (or, in a field the app does not know, skipped without recursion),
    // never by running out of stack.
    for depth in [200, 1_000_000] {
        let deep_data = format!(
            r#"{{"format":"congress-notebook","version":1,"exported_at":"2026-11-22T02:00:00Z","app_version":"0.1.0","kind":"unit","data":{}1{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        assert!(matches!(read(deep_data.as_bytes()), Err(ImportError::Invalid { ref path, .. }) if path.starts_with("data")), "{depth}");
        let deep_unknown = format!(r#"{{"format":"congress-notebook","version":1,"x":{}1{}}}"#, "[".repeat(depth), "]".repeat(depth));
        assert!(matches!(read(deep_unknown.as_bytes()), Err(ImportError::Invalid { .. })), "{depth}");
    }

}

#[test]
fn what_the_app_exports_it_reads_back_exactly() {
    let mut ids = congress_notebook::ids::new_id;
    let mut congresses = Vec::new();
    for t in CongressType::ALL {
        let input = CongressDraft {
            unit_name: format!("Công đoàn {t:?} ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ"),
            upper_union: "LĐLĐ".into(),
            congress_type: t,
            date_text: "29/02/2028".into(),
            round: None,
        };
        congresses.push(new_congress(input.validate().unwrap(), &mut ids));
    }
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap();
    for c in &congresses {
        let back = read(unit_file(c, &[], UnitOptions { include_people: true, include_drafts: true }, now).as_bytes()).unwrap();
        assert!(matches!(back.payload, Payload::Unit(ref u) if &u.congress == c));
    }
    let back = read(backup_file(&congresses, &[], &[], &[], &[], now).as_bytes()).unwrap();
    assert!(matches!(back.payload, Payload::WorkspaceBackup(ref b) if b.congresses == congresses));
}

/// A backup's congress days come back whole; one that names a congress the file does not
/// carry, a second day for one congress, or a ballot list naming someone not in the day is
/// refused with the path of the wrong field.
#[test]
fn a_backups_congress_days_round_trip_and_inconsistent_ones_are_refused() {
    use congress_notebook::format::KeptDay;
    use congress_notebook::model::congress_day::{person, Attendance, Base, Body, CongressDay, Count, Election, Gender};
    use congress_notebook::model::personnel::{Appraisal, Criterion, Indicator, Nominee};
    let mut n = 0;
    let mut ids = move || {
        n += 1;
        format!("id-{n}")
    };
    let draft = CongressDraft { unit_name: "Công đoàn Trường Kết Đoàn".into(), upper_union: "LĐLĐ".into(), congress_type: CongressType::GrassrootsFullMember, date_text: "15/01/2027".into(), round: None };
    let c = new_congress(draft.validate().unwrap(), &mut ids);
    let lan = person("p1".into(), "Nguyễn", "Thị", "Lan", Gender::Female, "05/03/1980").unwrap();
    let election = Election { id: "e1".into(), body: Body::Executive, round: 1, seats: 1, base: Base::Collected, candidates: vec!["p1".into()], count: Some(Count { issued: 10, collected: 10, valid: 9, invalid: 1, votes: vec![8] }), ballots: vec![], ballots_again: vec![] };
    let mut day = CongressDay { congress: Attendance { summoned: Some(12), present: Some(10) }, first_meeting: Attendance::default(), people: vec![lan], elections: vec![election], ..Default::default() };
    // The personnel plan travels with its day.
    day.plan.executive_seats = Some(1);
    day.plan.nominees.push(Nominee { re_elected: true, upper_union: Appraisal::Agreed, ..Nominee::new("p1".into(), Body::Executive) });
    day.plan.indicators.push(Indicator { id: "i1".into(), criterion: Criterion::Under { age: 40 }, target: 10, body: Some(Body::Executive) });
    day.people[0].party_member = true;
    day.people[0].ethnicity = "Tày".into();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap();
    let kept = vec![KeptDay { congress_id: c.id.clone(), day: day.clone() }];
    let text = backup_file(std::slice::from_ref(&c), &[], &[], &[], &kept, now);
    let back = read(text.as_bytes()).unwrap();
    assert!(matches!(back.payload, Payload::WorkspaceBackup(ref b) if b.congress_days == kept));
    // Days of congresses not in the backup are not written into it.
    let other = KeptDay { congress_id: "elsewhere".into(), day: day.clone() };
    assert!(!backup_file(std::slice::from_ref(&c), &[], &[], &[], std::slice::from_ref(&other), now).contains("congress_days"));

    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        edit(&mut v);
        read(v.to_string().as_bytes()).unwrap_err()
    };
    let e = refused(&|v| v["data"]["congress_days"][0]["congress_id"] = "elsewhere".into());
    assert!(matches!(e, ImportError::Invalid { ref path, problem: FieldProblem::UnknownValue } if path == "data.congress_days[0].congress_id"), "{e:?}");
    let e = refused(&|v| {
        let again = v["data"]["congress_days"][0].clone();
        v["data"]["congress_days"].as_array_mut().unwrap().push(again);
    });
    assert!(matches!(e, ImportError::DuplicateId { ref path, .. } if path == "data.congress_days[1].congress_id"), "{e:?}");
    let e = refused(&|v| v["data"]["congress_days"][0]["day"]["elections"][0]["candidates"][0] = "nobody".into());
    assert!(matches!(e, ImportError::Invalid { ref path, problem: FieldProblem::UnknownValue } if path == "data.congress_days[0].day.elections[0].candidates[0]"), "{e:?}");
    let e = refused(&|v| v["data"]["congress_days"][0]["day"]["people"][0]["gender"] = "other".into());
    assert!(matches!(e, ImportError::Invalid { ref path, .. } if path.starts_with("data.congress_days[0].day.people[0].gender")), "{e:?}");
    let e = refused(&|v| v["data"]["congress_days"][0]["day"]["plan"]["nominees"][0]["person"] = "nobody".into());
    assert!(matches!(e, ImportError::Invalid { ref path, problem: FieldProblem::UnknownValue } if path == "data.congress_days[0].day.plan.nominees[0].person"), "{e:?}");
    let e = refused(&|v| {
        let again = v["data"]["congress_days"][0]["day"]["plan"]["nominees"][0].clone();
        v["data"]["congress_days"][0]["day"]["plan"]["nominees"].as_array_mut().unwrap().push(again);
    });
    assert!(matches!(e, ImportError::DuplicateId { ref path, .. } if path == "data.congress_days[0].day.plan.nominees[1].person"), "{e:?}");
    let e = refused(&|v| v["data"]["congress_days"][0]["day"]["plan"]["nominees"][0]["body"] = "delegates".into());
    assert!(matches!(e, ImportError::Invalid { ref path, problem: FieldProblem::UnknownValue } if path == "data.congress_days[0].day.plan.nominees[0].body"), "{e:?}");
    let e = refused(&|v| v["data"]["congress_days"][0]["day"]["plan"]["indicators"][0]["target"] = 101.into());
    assert!(matches!(e, ImportError::Invalid { ref path, problem: FieldProblem::OutOfRange } if path == "data.congress_days[0].day.plan.indicators[0].target"), "{e:?}");
    let e = refused(&|v| v["data"]["congress_days"][0]["day"]["plan"]["indicators"][0]["body"] = "chair".into());
    assert!(matches!(e, ImportError::Invalid { ref path, problem: FieldProblem::UnknownValue } if path == "data.congress_days[0].day.plan.indicators[0].body"), "{e:?}");
    // Each refusal has its message in Vietnamese.
    assert!(!import_error(&e).is_empty());
}
