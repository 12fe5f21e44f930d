//! What an accepted file becomes in this browser: which congresses are added and which take the
//! place of a stored one, with their drafts and kept versions. A congress added beside a stored
//! one with the same id gets fresh ids (its tasks and drafts too), and its drafts' versions
//! follow the drafts to their new ids, and its congress day to its new id.

use super::import::as_new_copy_with_drafts;
use super::{KeptDay, KeptVersions};
use crate::model::congress_day::CongressDay;
use crate::model::{Congress, Draft, Version};

/// What an import writes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPlan {
    /// New congresses: those not stored here, and copies of stored ones when not replacing.
    pub adds: Vec<Congress>,
    /// Congresses that take the place of the stored one with the same id.
    pub replaces: Vec<Congress>,
    /// The drafts of those congresses, under their congress's id (a copy's new id).
    pub drafts: Vec<Draft>,
    /// Kept versions by draft id (a copied draft's new id).
    pub versions: Vec<(String, Vec<Version>)>,
    /// Congress days by congress id (a copy's new id).
    pub days: Vec<(String, CongressDay)>,
}

impl ImportPlan {
    /// How many congresses the import writes.
    pub fn count(&self) -> usize {
        self.adds.len() + self.replaces.len()
    }
}

/// Plans the import of a file's `congresses`, with the file's `drafts` and kept `versions`.
/// `is_stored` tells whether a congress with that id is already here: with `replace` the file's
/// version takes its place, otherwise it is added as a copy under fresh ids from `new_id`.
/// A congress not stored here is added as it is. Drafts of congresses not in the file are left
/// out.
pub fn plan_import(
    congresses: Vec<Congress>,
    drafts: &[Draft],
    versions: Vec<KeptVersions>,
    days: Vec<KeptDay>,
    is_stored: impl Fn(&str) -> bool,
    replace: bool,
    new_id: &mut dyn FnMut() -> String,
) -> ImportPlan {
    let mut plan = ImportPlan {
        versions: versions.into_iter().map(|k| (k.draft_id, k.versions)).collect(),
        ..ImportPlan::default()
    };
    for c in congresses {
        let own = || drafts.iter().filter(|d| d.congress_id == c.id).cloned().collect::<Vec<_>>();
        let day = days.iter().find(|k| k.congress_id == c.id).map(|k| k.day.clone());
        match (is_stored(&c.id), replace) {
            (true, true) => {
                plan.drafts.extend(own());
                plan.days.extend(day.map(|d| (c.id.clone(), d)));
                plan.replaces.push(c);
            }
            (true, false) => {
                let (copy, copied) = as_new_copy_with_drafts(&c, drafts, new_id);
                // The copies' versions follow them under their new ids.
                for (old, new) in own().iter().zip(&copied) {
                    for v in plan.versions.iter_mut().filter(|(id, _)| id == &old.id) {
                        v.0 = new.id.clone();
                    }
                }
                plan.drafts.extend(copied);
                plan.days.extend(day.map(|d| (copy.id.clone(), d)));
                plan.adds.push(copy);
            }
            (false, _) => {
                plan.drafts.extend(own());
                plan.days.extend(day.map(|d| (c.id.clone(), d)));
                plan.adds.push(c);
            }
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentKind, DraftStatus};
    use crate::templates::{new_draft, sample_congress};

    fn ids(prefix: &'static str) -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("{prefix}{n}")
        }
    }

    /// Two congresses of a file (`a` stored here, `b` not), each with a draft linked to one of
    /// its tasks, and versions kept of `a`'s draft.
    fn file() -> (Vec<Congress>, Vec<Draft>, Vec<KeptVersions>) {
        let a = sample_congress();
        let mut b = sample_congress();
        b.id = "b".into();
        let da = new_draft(DocumentKind::TermReport, &a, &mut ids("da"));
        let db = new_draft(DocumentKind::TermReport, &b, &mut ids("db"));
        assert!(da.task_id.is_some(), "the term report is linked to its task");
        let version = Version {
            name: "v1".into(),
            saved_at_ms: 1,
            status: DraftStatus::Draft,
            automatic: false,
            sections: da.snapshot(),
        };
        let versions = vec![KeptVersions { draft_id: da.id.clone(), versions: vec![version] }];
        (vec![a, b], vec![da, db], versions)
    }

    #[test]
    fn congresses_not_stored_are_added_as_they_are() {
        let (congresses, drafts, versions) = file();
        for replace in [false, true] {
            let plan = plan_import(congresses.clone(), &drafts, versions.clone(), Vec::new(), |_| false, replace, &mut ids("new"));
            assert_eq!(plan.adds, congresses);
            assert!(plan.replaces.is_empty());
            assert_eq!(plan.drafts, drafts);
            assert_eq!(plan.versions, vec![(drafts[0].id.clone(), versions[0].versions.clone())]);
            assert_eq!(plan.count(), 2);
        }
    }

    #[test]
    fn replacing_keeps_the_ids_of_a_stored_congress_and_its_drafts() {
        let (congresses, drafts, versions) = file();
        let a_id = congresses[0].id.clone();
        let plan = plan_import(congresses.clone(), &drafts, versions.clone(), Vec::new(), |id| id == a_id, true, &mut ids("new"));
        assert_eq!(plan.replaces, vec![congresses[0].clone()]);
        assert_eq!(plan.adds, vec![congresses[1].clone()]);
        assert_eq!(plan.drafts, drafts);
        assert_eq!(plan.versions[0].0, drafts[0].id);
    }

    #[test]
    fn adding_beside_a_stored_congress_gives_it_fresh_ids_and_its_versions_follow() {
        let (congresses, drafts, versions) = file();
        let a = congresses[0].clone();
        let plan = plan_import(congresses.clone(), &drafts, versions.clone(), Vec::new(), |id| id == a.id, false, &mut ids("new"));
        assert!(plan.replaces.is_empty());
        assert_eq!(plan.count(), 2);
        let copy = &plan.adds[0];
        assert_ne!(copy.id, a.id);
        assert!(copy.tasks.iter().all(|t| a.tasks.iter().all(|old| old.id != t.id)), "every task re-identified");
        assert_eq!(copy.tasks.iter().map(|t| &t.title).collect::<Vec<_>>(), a.tasks.iter().map(|t| &t.title).collect::<Vec<_>>());
        assert_eq!(plan.adds[1], congresses[1], "the other one is added as it is");
        // The copy's draft: a new id, moved to the copy, linked to the copy's matching task.
        let copied = plan.drafts.iter().find(|d| d.congress_id == copy.id).expect("the draft is copied");
        assert_ne!(copied.id, drafts[0].id);
        let old_task = a.tasks.iter().position(|t| Some(&t.id) == drafts[0].task_id.as_ref()).unwrap();
        assert_eq!(copied.task_id.as_ref(), Some(&copy.tasks[old_task].id));
        assert_eq!(copied.sections, drafts[0].sections);
        assert!(plan.drafts.iter().all(|d| d.id != drafts[0].id), "the stored draft is not written over");
        assert!(plan.drafts.contains(&drafts[1]));
        assert_eq!(plan.versions, vec![(copied.id.clone(), versions[0].versions.clone())]);
    }

    #[test]
    fn drafts_of_congresses_not_in_the_file_are_left_out() {
        let (congresses, mut drafts, versions) = file();
        let mut stray = drafts[1].clone();
        stray.id = "stray".into();
        stray.congress_id = "elsewhere".into();
        drafts.push(stray);
        let plan = plan_import(congresses, &drafts, versions, Vec::new(), |_| false, false, &mut ids("new"));
        assert!(plan.drafts.iter().all(|d| d.congress_id != "elsewhere"));
    }

    #[test]
    fn congress_days_follow_their_congress_to_its_place_or_its_copy() {
        use crate::model::congress_day::{Attendance, CongressDay};
        let (congresses, drafts, versions) = file();
        let (a, b) = (congresses[0].clone(), congresses[1].clone());
        let day = |n| CongressDay { congress: Attendance { summoned: Some(n), present: None }, ..Default::default() };
        let days = vec![KeptDay { congress_id: a.id.clone(), day: day(1) }, KeptDay { congress_id: b.id.clone(), day: day(2) }];
        let replaced = plan_import(congresses.clone(), &drafts, versions.clone(), days.clone(), |id| id == a.id, true, &mut ids("new"));
        assert_eq!(replaced.days, vec![(a.id.clone(), day(1)), (b.id.clone(), day(2))]);
        let copied = plan_import(congresses, &drafts, versions, days, |id| id == a.id, false, &mut ids("new"));
        assert_eq!(copied.days, vec![(copied.adds[0].id.clone(), day(1)), (b.id.clone(), day(2))]);
        assert_ne!(copied.adds[0].id, a.id);
    }
}
