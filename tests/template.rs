//! The built-in grassroots checklist and its due dates, as a new congress gets them.

use std::collections::HashSet;

use chrono::NaiveDate;
use congress_notebook::model::deadline::{breaks_cut_off, urgency};
use congress_notebook::model::{Congress, CongressDraft, CongressKind, CongressType, DueRule, Level, Phase, Urgency};
use congress_notebook::templates::{new_congress, preset_round, AppliesTo, CHECKLIST};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn congress(congress_type: CongressType, date: &str, round: Option<&str>) -> Congress {
    let mut n = 0;
    let mut ids = move || {
        n += 1;
        format!("id-{n}")
    };
    let input = CongressDraft {
        unit_name: "Công đoàn Công ty Cổ phần Đường Quảng Ngãi".into(),
        upper_union: "Liên đoàn Lao động tỉnh".into(),
        congress_type,
        date_text: date.into(),
        round: round.and_then(preset_round),
    }
    .validate()
    .unwrap();
    new_congress(input, &mut ids)
}

fn due(c: &Congress, key: &str) -> NaiveDate {
    let task = c.tasks.iter().find(|t| t.template_key.as_deref() == Some(key)).unwrap();
    task.due.due_date(c.date)
}

#[test]
fn template_covers_every_phase_in_order_with_unique_keys() {
    let keys: HashSet<_> = CHECKLIST.iter().map(|t| t.key).collect();
    assert_eq!(keys.len(), CHECKLIST.len(), "keys are unique");
    let phases: Vec<Phase> = CHECKLIST.iter().map(|t| t.phase).collect();
    let mut sorted = phases.clone();
    sorted.sort();
    assert_eq!(phases, sorted, "tasks are listed phase by phase");
    for phase in Phase::ALL {
        assert!(phases.contains(&phase), "{phase:?} has tasks");
    }
    for t in CHECKLIST {
        assert!(!t.title.trim().is_empty() && !t.explanation.trim().is_empty(), "{} is explained", t.key);
        match t.phase {
            Phase::After => assert!(t.offset > 0, "{} is after the congress", t.key),
            Phase::Congress => assert_eq!(t.offset, 0),
            _ => assert!(t.offset < 0, "{} is before the congress", t.key),
        }
    }
}

fn keys(c: &Congress) -> Vec<&str> {
    c.tasks.iter().filter_map(|t| t.template_key.as_deref()).collect()
}

#[test]
fn each_template_gets_its_own_tasks() {
    let full = congress(CongressType::GrassrootsFullMember, "15/01/2027", None);
    let delegate = congress(CongressType::GrassrootsDelegate, "15/01/2027", None);
    let upper = congress(CongressType::DirectUpper, "15/01/2027", None);
    assert_eq!((full.level, full.kind), (Level::Grassroots, CongressKind::FullMember));
    assert_eq!((delegate.level, delegate.kind), (Level::Grassroots, CongressKind::Delegate));
    assert_eq!((upper.level, upper.kind), (Level::DirectUpper, CongressKind::Delegate));

    let common = CHECKLIST.iter().filter(|t| t.applies_to == AppliesTo::All).count();
    let delegate_only = ["delegates.allocate", "delegates.elect", "delegates.credentials"];
    let upper_only = ["upper.guidance", "upper.pilots", "upper.follow_grassroots", "upper.higher_drafts", "upper.own_appraisal"];
    assert_eq!(full.tasks.len(), common + 1, "common tasks and the grassroots chair election");
    assert_eq!(delegate.tasks.len(), common + 1 + delegate_only.len());
    assert_eq!(upper.tasks.len(), common + delegate_only.len() + upper_only.len());
    for key in delegate_only {
        assert!(!keys(&full).contains(&key) && keys(&delegate).contains(&key) && keys(&upper).contains(&key), "{key}");
    }
    for key in upper_only {
        assert!(!keys(&full).contains(&key) && !keys(&delegate).contains(&key) && keys(&upper).contains(&key), "{key}");
    }
    assert!(keys(&full).contains(&"personnel.chair_method") && !keys(&upper).contains(&"personnel.chair_method"));
    let ids: HashSet<_> = upper.tasks.iter().map(|t| t.id.as_str()).chain([upper.id.as_str()]).collect();
    assert_eq!(ids.len(), upper.tasks.len() + 1, "every id is fresh");
}

#[test]
fn tasks_are_in_phase_order_then_by_due_date() {
    for ty in CongressType::ALL {
        let c = congress(ty, "15/01/2027", None);
        let order: Vec<_> = c.tasks.iter().map(|t| (t.phase, t.due.due_date(c.date))).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted, "{ty:?}");
    }
}

#[test]
fn named_bases_come_from_the_domain_notes() {
    let documents: Vec<&str> = CHECKLIST.iter().filter_map(|t| t.basis).collect();
    assert!(documents.len() >= 4);
    for d in documents {
        assert!(
            ["Hướng dẫn 56/HD-TLĐ", "Hướng dẫn 28/HD-TLĐ", "Hướng dẫn 03/HD-TLĐ", "Điều lệ Công đoàn Việt Nam khóa XII"]
                .iter()
                .any(|known| d.starts_with(known)),
            "{d} is not a document named in DOMAIN.md"
        );
    }
}

#[test]
fn due_dates_follow_the_timeline_across_the_year_end() {
    let c = congress(CongressType::GrassrootsFullMember, "15/01/2027", None);
    assert_eq!(due(&c, "plan.adopt"), d(2026, 10, 17)); // D-90
    assert_eq!(due(&c, "plan.report"), d(2026, 10, 27)); // D-80
    assert_eq!(due(&c, "documents.send_upper"), d(2026, 12, 26)); // D-20
    assert_eq!(due(&c, "documents.finalise"), d(2027, 1, 8)); // D-7
    assert_eq!(due(&c, "congress.hold"), d(2027, 1, 15));
    assert_eq!(due(&c, "after.dossier"), d(2027, 2, 5)); // D+21
    assert_eq!(due(&c, "after.ballots"), d(2027, 7, 14)); // D+180
}

#[test]
fn due_dates_around_a_leap_day() {
    let c = congress(CongressType::GrassrootsDelegate, "01/03/2028", None);
    assert_eq!(due(&c, "logistics.rehearsal"), d(2028, 2, 29));
    assert_eq!(due(&c, "logistics.hall"), d(2028, 2, 27));
    assert_eq!(due(&c, "delegates.elect"), d(2028, 1, 31));
}

#[test]
fn moving_the_congress_moves_offset_tasks_and_not_fixed_ones() {
    let mut c = congress(CongressType::GrassrootsFullMember, "15/01/2027", None);
    let i = c.tasks.iter().position(|t| t.template_key.as_deref() == Some("plan.report")).unwrap();
    c.tasks[i].due = DueRule::Fixed(d(2026, 12, 1));
    c.date = d(2027, 3, 1); // forwards
    assert_eq!(due(&c, "plan.adopt"), d(2026, 12, 1));
    assert_eq!(due(&c, "plan.report"), d(2026, 12, 1));
    c.date = d(2026, 12, 20); // and back
    assert_eq!(due(&c, "plan.adopt"), d(2026, 9, 21));
    assert_eq!(due(&c, "plan.report"), d(2026, 12, 1));
}

#[test]
fn urgency_on_a_fixed_today() {
    let c = congress(CongressType::GrassrootsFullMember, "15/01/2027", None);
    let today = d(2026, 11, 24);
    let of = |key: &str| urgency(c.tasks.iter().find(|t| t.template_key.as_deref() == Some(key)).unwrap(), c.date, today);
    assert_eq!(of("plan.adopt"), Urgency::Overdue); // D-90 = 17/10/2026
    assert_eq!(of("personnel.plan"), Urgency::Overdue); // D-60 = 16/11/2026
    assert_eq!(of("documents.term_report"), Urgency::DueSoon); // D-45 = 01/12/2026, 7 days on
    assert_eq!(of("documents.reviews"), Urgency::Later); // D-40 = 06/12/2026
}

#[test]
fn the_round_cut_off_binds_tasks_before_the_congress() {
    let on_time = congress(CongressType::GrassrootsFullMember, "31/05/2023", Some("2023-2028"));
    assert!(!on_time.is_after_cut_off());
    assert!(on_time.tasks.iter().all(|t| !breaks_cut_off(t, &on_time)));
    let late = congress(CongressType::GrassrootsFullMember, "05/06/2023", Some("2023-2028"));
    assert!(late.is_after_cut_off());
    let flagged: Vec<_> = late.tasks.iter().filter(|t| breaks_cut_off(t, &late)).filter_map(|t| t.template_key.as_deref()).collect();
    assert_eq!(flagged, vec!["logistics.hall", "logistics.rehearsal", "congress.hold", "congress.minutes"]);
}
