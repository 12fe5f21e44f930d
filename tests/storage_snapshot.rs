//! What version 1 of the app stored (a snapshot taken from the real app, kept forever in
//! tests/fixtures/storage/v1) must always load: when the stored schema changes, the new app
//! migrates this on load and this test keeps passing.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use congress_notebook::model::{CongressKind, DocumentKind, DraftStatus, DueRule, Level, Status};
use congress_notebook::storage::{KeyValue, MemoryStorage, Store};

#[test]
fn the_version_1_snapshot_loads_completely() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/storage/v1/localstorage.json")).unwrap();
    let stored: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
    let mem = MemoryStorage::default();
    for (k, v) in &stored {
        mem.set(k, v).unwrap();
    }
    let (store, snap) = Store::open(mem.clone(), 1);
    assert!(snap.problems.is_empty(), "{:?}", snap.problems);
    assert_eq!(snap.congresses.len(), 1);
    let c = &snap.congresses[0];
    assert_eq!(c.unit_name, "Công đoàn Trường THCS Lê Lợi");
    assert_eq!((c.level, c.kind), (Level::Grassroots, CongressKind::Delegate));
    assert_eq!(c.date, NaiveDate::from_ymd_opt(2027, 1, 15).unwrap());
    assert_eq!(c.pilot_cut_off, NaiveDate::from_ymd_opt(2026, 11, 30));
    assert_eq!(c.round.as_ref().map(|r| r.name.as_str()), Some("Nhiệm kỳ 2030–2035"));
    assert_eq!(c.tasks.len(), 26);
    let adopt = c.tasks.iter().find(|t| t.template_key.as_deref() == Some("plan.adopt")).unwrap();
    assert_eq!((adopt.status, adopt.done_on), (Status::Done, NaiveDate::from_ymd_opt(2026, 11, 22)));
    let report = c.tasks.iter().find(|t| t.template_key.as_deref() == Some("documents.term_report")).unwrap();
    assert_eq!(report.due, DueRule::Fixed(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()));
    assert_eq!(report.assignee, "Tiểu ban văn kiện");
    assert_eq!(report.notes, "Gửi bản thảo cho đ/c Hùng — ắ ự Đ");
    assert_eq!(report.revision, 1);
    assert_eq!(snap.rounds.len(), 1);
    assert_eq!(snap.active.as_deref(), Some(c.id.as_str()));
    assert!(store.manifest().told_local_only);
    // Nothing was rewritten just by opening it.
    for (k, v) in &stored {
        assert_eq!(mem.get(k).unwrap().as_deref(), Some(v.as_str()), "{k}");
    }
}

#[test]
fn the_version_1_snapshot_with_drafts_loads_completely() {
    // Taken from the real app: a congress with its header and targets, a term report with a
    // number and Vietnamese text, a named version and one kept by a status change.
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/storage/v1/with-drafts.json")).unwrap();
    let stored: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
    let mem = MemoryStorage::default();
    for (k, v) in &stored {
        mem.set(k, v).unwrap();
    }
    let (mut store, snap) = Store::open(mem.clone(), 1);
    assert!(snap.problems.is_empty(), "{:?}", snap.problems);
    let c = &snap.congresses[0];
    let head = c.letterhead.as_ref().expect("header saved");
    assert_eq!((head.place.as_str(), head.signer_name.as_str()), ("Sa Pa", "Nguyễn Thị Hằng"));
    assert_eq!(c.targets.len(), 10);
    // Drafts are read when first needed (the documents screen, a backup), not on opening.
    assert!(snap.drafts.is_empty());
    let (drafts, problems) = store.all_drafts(1);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(drafts.len(), 1);
    let d = &drafts[0];
    assert_eq!((d.kind, d.status, d.number.as_str()), (DocumentKind::TermReport, DraftStatus::SentUpper, "12"));
    assert_eq!(d.congress_id, c.id);
    assert_eq!(d.sections[1].body, "ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ\n- 120 đoàn viên");
    let task = c.tasks.iter().find(|t| Some(&t.id) == d.task_id.as_ref()).expect("linked task");
    assert_eq!(task.status, Status::InProgress);
    let versions = store.versions(&c.id, &d.id, 1).0;
    assert_eq!(versions.iter().map(|v| (v.name.as_str(), v.automatic)).collect::<Vec<_>>(), vec![("Bản 1", false), ("Đã gửi cấp trên", true)]);
    for (k, v) in &stored {
        assert_eq!(mem.get(k).unwrap().as_deref(), Some(v.as_str()), "{k}");
    }
}
