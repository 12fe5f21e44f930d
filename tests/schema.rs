//! The published JSON Schema (schema/congress-notebook-v1.schema.json) is generated from the
//! Rust types, so it cannot drift, and every kind of export validates against it with a real
//! JSON Schema validator. Run with `--features schema` (make test does); `make schema`
//! rewrites the published file after a deliberate change (and fails if it changed it).
#![cfg(feature = "schema")]

use chrono::{NaiveDate, NaiveDateTime};
use congress_notebook::model::upper_plan::{apply, parse_units, PlanDue, UnionPlan};
use congress_notebook::templates::checklist::template_due;
use congress_notebook::format::export::{plan_file, backup_file, unit_file, unit_file_name, UnitOptions};
use congress_notebook::format::{Envelope, KeptVersions, Payload};
use congress_notebook::model::{Congress, CongressDraft, CongressType, DocumentKind, DraftStatus, RoundForm, Status, Version};
use congress_notebook::templates::{new_congress, new_draft, preset_round};
use serde_json::Value;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/congress-notebook-v1.schema.json");

fn generated() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(Envelope)).unwrap() + "\n"
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(SCHEMA_PATH).unwrap()).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).expect("the schema itself is valid")
}

fn errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    let instance: Value = serde_json::from_str(text).unwrap();
    validator.iter_errors(&instance).map(|e| format!("{} at {}", e, e.instance_path)).collect()
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(2, 0, 0).unwrap()
}

fn congress(t: CongressType, round: Option<&str>) -> Congress {
    let input = CongressDraft {
        unit_name: "Công đoàn Trường THCS Lê Lợi".into(),
        upper_union: "Liên đoàn Lao động huyện Sa Pa".into(),
        congress_type: t,
        date_text: "15/03/2023".into(),
        round: round.and_then(preset_round),
    };
    new_congress(input.validate().unwrap(), &mut congress_notebook::ids::new_id)
}

/// A congress that uses every optional field.
fn busy_congress() -> Congress {
    let mut c = congress(CongressType::DirectUpper, Some("2023-2028"));
    c.pilot_cut_off = NaiveDate::from_ymd_opt(2023, 2, 28);
    c.tasks[0].set_done(true, NaiveDate::from_ymd_opt(2022, 12, 1).unwrap());
    c.tasks[1].status = Status::NotApplicable;
    c.tasks[2].status = Status::InProgress;
    c.tasks[2].assignee = "Tiểu ban văn kiện".into();
    c.tasks[2].notes = "Ghi chú <script>alert(1)</script> ắ ự Đ".into();
    c.tasks[3].due = congress_notebook::model::DueRule::Fixed(NaiveDate::from_ymd_opt(2023, 1, 5).unwrap());
    c.tasks[3].revision = 4;
    c.add_task("own-task".into(), congress_notebook::model::Phase::After, "Liên hoan".into());
    c.targets = congress_notebook::templates::sample_targets(&mut congress_notebook::ids::new_id);
    c.letterhead = Some(c.letterhead_or_default());
    c
}

#[test]
fn the_published_schema_is_generated_from_the_types() {
    let fresh = generated();
    // Compared as it was before anything is written: with UPDATE_SCHEMA set, a changed file is
    // rewritten and the test still fails, so an update is always seen and reviewed.
    let published = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    if published != fresh && std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &fresh).unwrap();
        panic!("schema updated, review the diff and re-run: {SCHEMA_PATH}");
    }
    assert!(published == fresh, "schema/ is out of date with the Rust types: run `make schema` and review the diff");
}

#[test]
fn every_kind_of_export_validates() {
    let v = validator();
    for t in CongressType::ALL {
        for round in [None, Some("2023-2028"), Some("2025-2030")] {
            let text = unit_file(&congress(t, round), &[], UnitOptions { include_people: true, include_drafts: true }, now());
            assert_eq!(errors(&v, &text), Vec::<String>::new(), "{t:?} {round:?}");
        }
    }
    let busy = busy_congress();
    for include_people in [true, false] {
        let text = unit_file(&busy, &[], UnitOptions { include_people, include_drafts: true }, now());
        assert_eq!(errors(&v, &text), Vec::<String>::new());
    }
    let own = RoundForm { name: "Nhiệm kỳ 2030–2035".into(), grassroots_text: "31/12/2030".into(), ..Default::default() }
        .validate("r-1".into())
        .unwrap();
    let mut with_own = congress(CongressType::GrassrootsDelegate, None);
    with_own.round = Some(own.clone());
    let text = backup_file(&[busy, with_own], &[own], &[], &[], &[], now());
    assert_eq!(errors(&v, &text), Vec::<String>::new());
    let empty = backup_file(&[], &[], &[], &[], &[], now());
    assert_eq!(errors(&v, &empty), Vec::<String>::new());
    // Drafts of every kind, with every optional field, and their versions.
    let busy = busy_congress();
    let drafts: Vec<_> = DocumentKind::ALL
        .into_iter()
        .map(|k| {
            let mut d = new_draft(k, &busy, &mut congress_notebook::ids::new_id);
            d.number = "12".into();
            d.date = NaiveDate::from_ymd_opt(2023, 3, 15);
            d.status = DraftStatus::SentUpper;
            if let Some(s) = d.sections.first_mut() {
                s.body = "Đoạn một <b>\n- ý một".into();
            }
            d
        })
        .collect();
    let text = unit_file(&busy, &drafts, UnitOptions { include_people: true, include_drafts: true }, now());
    assert_eq!(errors(&v, &text), Vec::<String>::new());
    let versions = vec![KeptVersions {
        draft_id: drafts[0].id.clone(),
        versions: vec![Version { saved_at_ms: 1, name: "Bản 1".into(), status: DraftStatus::Final, automatic: true, sections: drafts[0].snapshot() }],
    }];
    let text = backup_file(&[busy], &[], &drafts, &versions, &[], now());
    assert_eq!(errors(&v, &text), Vec::<String>::new());
    // The upper union's plan, and a unit that follows it (with every optional field).
    let plan = UnionPlan {
        upper_union: "Công đoàn phường Bến Thành".into(),
        level: congress_notebook::model::Level::Grassroots,
        round: congress(CongressType::GrassrootsFullMember, Some("2025-2030")).round,
        units: parse_units("BT01; Công đoàn Trường Kết Đoàn; 15/10/2025\nBT02; Công đoàn Công ty Đông Á; ; x").unwrap(),
        due_offsets: vec![PlanDue { task: "plan.adopt".into(), days: -100 }],
        guidance: vec!["Kế hoạch 12/KH-CĐP (02/06/2025)".into()],
    };
    assert_eq!(errors(&v, &plan_file(&plan, now())), Vec::<String>::new());
    let mut following = congress(CongressType::GrassrootsDelegate, None);
    apply(&mut following, &plan, "BT02", "2025-06-02T01:00:00Z", template_due).unwrap();
    assert!(following.conference && following.plan.is_some());
    let text = unit_file(&following, &[], UnitOptions { include_people: true, include_drafts: false }, now());
    assert_eq!(errors(&v, &text), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_what_is_not_a_file_of_ours() {
    let v = validator();
    let good: Value = serde_json::from_str(&unit_file(&busy_congress(), &[], UnitOptions { include_people: true, include_drafts: true }, now())).unwrap();
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut x = good.clone();
        edit(&mut x);
        !v.is_valid(&x)
    };
    assert!(v.is_valid(&good));
    assert!(broken(&|x| x["kind"] = "something-else".into()));
    assert!(broken(&|x| x["version"] = "1".into()));
    assert!(broken(&|x| x["version"] = 2.into()));
    assert!(broken(&|x| x["format"] = "other-app".into()));
    assert!(broken(&|x| x["exported_at"] = "22/11/2026".into()));
    assert!(broken(&|x| { x.as_object_mut().unwrap().remove("format"); }));
    assert!(broken(&|x| x["data"]["congress"]["date"] = "15/03/2023".into()));
    assert!(broken(&|x| x["data"]["congress"]["level"] = "national".into()));
    assert!(broken(&|x| x["data"]["congress"]["tasks"][0]["due"] = serde_json::json!({"offset_days": "-90"})));
    assert!(broken(&|x| x["data"]["congress"]["tasks"][0]["status"] = "finished".into()));
    assert!(broken(&|x| x["data"]["congress"]["tasks"][0]["revision"] = (-1).into()));
}

#[test]
fn exports_read_back_exactly() {
    let busy = busy_congress();
    let text = unit_file(&busy, &[], UnitOptions { include_people: true, include_drafts: true }, now());
    assert!(text.contains("\n  \"format\": \"congress-notebook\""), "pretty-printed");
    assert!(text.contains("Tiểu ban văn kiện"), "UTF-8, not escaped");
    let back: Envelope = serde_json::from_str(&text).unwrap();
    assert_eq!((back.format.as_str(), back.version, back.exported_at.as_str()), ("congress-notebook", 1, "2026-11-22T02:00:00Z"));
    match back.payload {
        Payload::Unit(unit) => {
            assert_eq!(unit.congress, busy);
            assert!(unit.includes_people);
        }
        other => panic!("expected a unit file, got {other:?}"),
    }
    let anonymous: Envelope = serde_json::from_str(&unit_file(&busy, &[], UnitOptions { include_people: false, include_drafts: true }, now())).unwrap();
    let Payload::Unit(unit) = anonymous.payload else { panic!("unit") };
    assert!(!unit.includes_people);
    assert!(unit.congress.tasks.iter().all(|t| t.assignee.is_empty() && t.notes.is_empty()));
    assert_eq!(unit.congress.tasks.len(), busy.tasks.len());
    assert_eq!(unit_file_name(&busy, now()), "daihoi-cong-doan-truong-thcs-le-loi-2026-11-22.json");
}
