//! Properties of the exchange file, over many inputs from a fixed seed (repeatable, no extra
//! crate): reading never panics on 12,000 files made by mutating valid ones (fields removed,
//! retyped, duplicated, truncated, bytes flipped), and export then import gives back every
//! field of 500 generated congresses exactly.

use chrono::{Duration, NaiveDate};
use congress_notebook::format::export::{backup_file, plan_file, unit_file, UnitOptions};
use congress_notebook::format::import::read;
use congress_notebook::format::{KeptVersions, Payload};
use congress_notebook::model::draft::VersionSection;
use congress_notebook::model::upper_plan::{PlanDue, PlanLink};
use congress_notebook::model::{Basis, Congress, DocSymbol, DocumentKind, Draft, DraftStatus, Section, Version, CongressKind, CutOff, DueRule, Letterhead, Level, Measure, Period, Phase, Round, Status, Target, Task};
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

mod common;
use common::Rng;

const TEXTS: [&str; 6] = ["Đại hội", "ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ", "<script>alert(1)</script>", "", "a\"b\\c\nd", "Tiểu ban văn kiện"];

/// Every path to a value in `v`, as a list of keys and indices.
fn paths(v: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| paths(x, [here.clone(), vec![Value::from(k.as_str())]].concat(), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| paths(x, [here.clone(), vec![Value::from(i)]].concat(), out)),
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Value::String(k) => v.get_mut(k.as_str()),
        Value::Number(i) => v.get_mut(i.as_u64()? as usize),
        _ => None,
    })
}

fn mutate(rng: &mut Rng, base: &Value) -> Vec<u8> {
    let mut v = base.clone();
    let mut all = Vec::new();
    paths(&v, Vec::new(), &mut all);
    for _ in 0..=rng.below(3) {
        let path = rng.pick(&all).clone();
        let (parent_path, last) = match path.split_last() {
            Some((last, parent)) => (parent.to_vec(), Some(last.clone())),
            None => (Vec::new(), None),
        };
        let replacement = match rng.below(9) {
            0 => Value::Null,
            1 => Value::from(rng.next() as i64),
            2 => Value::from(-1),
            3 => Value::from(*rng.pick(&TEXTS)),
            4 => Value::Array(vec![]),
            5 => Value::Object(Default::default()),
            6 => Value::from(1.5e300),
            7 => Value::from("2027-02-30"),
            _ => Value::Bool(true),
        };
        match (rng.below(4), at(&mut v, &parent_path), last) {
            // remove the field or element
            (0, Some(Value::Object(m)), Some(Value::String(k))) => {
                m.remove(&k);
            }
            (0, Some(Value::Array(a)), Some(Value::Number(i))) => {
                let i = i.as_u64().unwrap_or(0) as usize;
                if i < a.len() {
                    a.remove(i);
                }
            }
            // duplicate an element (duplicate ids)
            (1, Some(Value::Array(a)), Some(Value::Number(i))) => {
                let i = i.as_u64().unwrap_or(0) as usize;
                if let Some(x) = a.get(i).cloned() {
                    a.push(x);
                }
            }
            // retype or replace the value
            _ => {
                if let Some(target) = at(&mut v, &path) {
                    *target = replacement;
                }
            }
        }
    }
    let mut bytes = serde_json::to_vec_pretty(&v).unwrap();
    match rng.below(6) {
        0 => bytes.truncate(rng.below(bytes.len())),
        1 => {
            for _ in 0..=rng.below(4) {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
        }
        2 => {
            let i = rng.below(bytes.len());
            bytes.splice(i..i, "ắĐ\u{0}".bytes());
        }
        _ => {}
    }
    bytes
}

#[test]
fn reading_never_panics_on_mutated_files() {
    let bases: Vec<Value> = ["ok-unit.json", "ok-backup.json", "ok-html-in-every-text.json", "ok-plan.json", "ok-unit-following-plan.json"]
        .iter()
        .map(|f| serde_json::from_slice(&std::fs::read(format!("{DIR}/{f}")).unwrap()).unwrap())
        .collect();
    let mut rng = Rng(0x5EED_2026_1122);
    let (mut accepted, mut refused) = (0, 0);
    for i in 0..12_000 {
        let bytes = mutate(&mut rng, &bases[i % bases.len()]);
        let outcome = std::panic::catch_unwind(|| read(&bytes));
        match outcome {
            Err(_) => panic!("reading panicked on input {i}: {}", String::from_utf8_lossy(&bytes)),
            Ok(Ok(envelope)) => {
                accepted += 1;
                // Whatever is accepted writes out and reads back the same.
                let again = match &envelope.payload {
                    Payload::Unit(u) => unit_file(&u.congress, &u.drafts, UnitOptions { include_people: u.includes_people, include_drafts: true }, now()),
                    Payload::WorkspaceBackup(b) => backup_file(&b.congresses, &b.rounds, &b.drafts, &b.versions, &b.congress_days, now()),
                    Payload::Plan(p) => plan_file(p, now()),
                };
                // (A unit file written now always says whether its drafts went with it.)
                let mut expected = envelope.payload.clone();
                if let Payload::Unit(u) = &mut expected {
                    u.includes_drafts = Some(true);
                }
                assert_eq!(read(again.as_bytes()).unwrap().payload, expected, "input {i}");
            }
            Ok(Err(_)) => refused += 1,
        }
    }
    assert!(accepted > 100 && refused > 5_000, "accepted {accepted}, refused {refused}: mutations too weak or too strong");
}

fn now() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap()
}

fn date(rng: &mut Rng) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Duration::days(rng.below(365 * 100) as i64)
}

fn text(rng: &mut Rng) -> String {
    (0..=rng.below(3)).map(|_| *rng.pick(&TEXTS)).collect::<Vec<_>>().join(" ")
}

fn congress(rng: &mut Rng, n: usize) -> Congress {
    let tasks = (0..rng.below(40))
        .map(|i| Task {
            id: format!("t-{n}-{i}"),
            template_key: (rng.below(2) == 0).then(|| "plan.adopt".to_string()),
            phase: *rng.pick(&Phase::ALL),
            title: format!("Việc {i} {}", text(rng)),
            explanation: text(rng),
            basis: if rng.below(2) == 0 { Basis::Practice } else { Basis::Document(text(rng)) },
            due: if rng.below(2) == 0 {
                DueRule::OffsetDays(rng.below(7301) as i32 - 3650)
            } else {
                DueRule::Fixed(date(rng))
            },
            status: *rng.pick(&[Status::NotStarted, Status::InProgress, Status::Done, Status::NotApplicable]),
            done_on: (rng.below(2) == 0).then(|| date(rng)),
            assignee: text(rng),
            notes: text(rng),
            revision: rng.next() as u32,
        })
        .collect();
    let levels = [Level::Grassroots, Level::DirectUpper, Level::Province];
    Congress {
        id: format!("c-{n}"),
        unit_name: format!("Công đoàn {n} {}", text(rng)),
        upper_union: text(rng),
        level: *rng.pick(&levels),
        kind: *rng.pick(&[CongressKind::FullMember, CongressKind::Delegate]),
        date: date(rng),
        round: (rng.below(2) == 0).then(|| Round {
            id: format!("r-{n}"),
            name: text(rng),
            cut_offs: (0..rng.below(4)).map(|_| CutOff { level: *rng.pick(&levels), date: date(rng) }).collect(),
            pilot_cut_off: (rng.below(2) == 0).then(|| date(rng)),
        }),
        pilot_cut_off: (rng.below(3) == 0).then(|| date(rng)),
        targets: (0..rng.below(6))
            .map(|i| Target {
                id: format!("g-{n}-{i}"),
                text: text(rng),
                measure: *rng.pick(&[Measure::Percent, Measure::Number, Measure::Text]),
                value: text(rng),
                at_least: rng.below(2) == 0,
                unit: text(rng),
                period: *rng.pick(&[Period::PerYear, Period::Term]),
            })
            .collect(),
        letterhead: (rng.below(2) == 0).then(|| Letterhead {
            upper_union: text(rng),
            issuing_union: text(rng),
            place: text(rng),
            number_suffix: text(rng),
            term: text(rng),
            signer_name: text(rng),
        }),
        tasks,
        conference: rng.below(3) == 0,
        plan: (rng.below(2) == 0).then(|| PlanLink {
            code: format!("M{n}"),
            upper_union: text(rng),
            issued_at: "2025-06-02T01:00:00Z".into(),
            due_offsets: (0..rng.below(3)).map(|i| PlanDue { task: format!("k{i}"), days: rng.below(200) as i32 - 100 }).collect(),
            guidance: (0..rng.below(3)).map(|_| text(rng)).collect(),
        }),
    }
}

fn drafts_of(rng: &mut Rng, c: &Congress, n: usize) -> Vec<Draft> {
    (0..rng.below(3))
        .map(|i| Draft {
            id: format!("d-{n}-{i}"),
            congress_id: c.id.clone(),
            kind: *rng.pick(&DocumentKind::ALL),
            heading: text(rng),
            title: text(rng),
            symbol: (rng.below(2) == 0).then(|| *rng.pick(&DocSymbol::ALL)),
            number: text(rng),
            date: (rng.below(2) == 0).then(|| date(rng)),
            status: *rng.pick(&DraftStatus::ALL),
            task_id: c.tasks.first().filter(|_| rng.below(2) == 0).map(|t| t.id.clone()),
            sections: (0..rng.below(5))
                .map(|j| Section {
                    id: format!("s-{n}-{i}-{j}"),
                    heading: text(rng),
                    prompt: text(rng),
                    body: format!("{}\n- {}\n\n{}", text(rng), text(rng), text(rng)),
                    level: 1 + rng.below(2) as u8,
                    targets: rng.below(4) == 0,
                })
                .collect(),
        })
        .collect()
}

fn version(rng: &mut Rng, d: &Draft, i: usize) -> Version {
    Version {
        saved_at_ms: 1_790_000_000_000 + i as i64,
        name: text(rng),
        status: *rng.pick(&DraftStatus::ALL),
        automatic: rng.below(2) == 0,
        sections: d.sections.iter().map(|s| VersionSection { heading: s.heading.clone(), body: text(rng) }).collect(),
    }
}

#[test]
fn export_then_import_gives_back_every_field() {
    let mut rng = Rng(0xC0FF_EE00_2026);
    let congresses: Vec<Congress> = (0..500).map(|n| congress(&mut rng, n)).collect();
    let drafts: Vec<Draft> = congresses.iter().enumerate().flat_map(|(n, c)| drafts_of(&mut rng, c, n)).collect();
    let mut versions: Vec<KeptVersions> = Vec::new();
    for d in &drafts {
        if rng.below(2) == 0 {
            let kept = (1..=rng.below(4) + 1).map(|i| version(&mut rng, d, i)).collect();
            versions.push(KeptVersions { draft_id: d.id.clone(), versions: kept });
        }
    }
    for c in &congresses {
        let own: Vec<Draft> = drafts.iter().filter(|d| d.congress_id == c.id).cloned().collect();
        let back = read(unit_file(c, &drafts, UnitOptions { include_people: true, include_drafts: true }, now()).as_bytes()).unwrap();
        match back.payload {
            Payload::Unit(u) => assert_eq!((&u.congress, &u.drafts), (c, &own)),
            other => panic!("{other:?}"),
        }
    }
    let rounds: Vec<Round> = congresses.iter().filter_map(|c| c.round.clone()).collect();
    let back = read(backup_file(&congresses, &rounds, &drafts, &versions, &[], now()).as_bytes()).unwrap();
    match back.payload {
        Payload::WorkspaceBackup(b) => {
            assert_eq!(b.congresses, congresses);
            assert_eq!(b.rounds, rounds);
            assert_eq!(b.drafts, drafts);
            assert_eq!(b.versions, versions);
        }
        other => panic!("{other:?}"),
    }
}
