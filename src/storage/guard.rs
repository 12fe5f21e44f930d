//! The rules behind "two tabs never overwrite each other" and "a deletion elsewhere wins":
//! what a write may do given what this tab last saw under a key and what is there now, and
//! when the manifest's revision is enough to know nothing changed. Pure, tested natively.

/// What this tab last read or wrote under a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Seen {
    Text(String),
    /// Unreadable and copied aside: may be written over.
    Quarantined,
}

/// What a save may do with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WriteCheck {
    /// The key holds what this tab last saw (or nothing this tab ever saw): write.
    Write,
    /// Another tab wrote the key since this tab last read it: the user chooses.
    Conflict,
    /// This tab saw the key, and another tab has removed it since: the deletion wins.
    DeletedElsewhere,
}

/// The rule for one key, from what this tab last saw there and what is stored now.
pub(super) fn check_write(seen: Option<&Seen>, stored: Option<&str>) -> WriteCheck {
    match (seen, stored) {
        (Some(Seen::Quarantined), _) | (None, None) => WriteCheck::Write,
        (Some(Seen::Text(_)), None) => WriteCheck::DeletedElsewhere,
        (Some(Seen::Text(seen)), Some(now)) if seen == now => WriteCheck::Write,
        (Some(Seen::Text(_)), Some(_)) | (None, Some(_)) => WriteCheck::Conflict,
    }
}

/// Every write of a congress (or a deletion) moves the manifest's revision on. `verified` is
/// the revision up to which this tab knows every key it saw is as it saw it: it starts at
/// the revision read on opening and moves only with this tab's own manifest writes made
/// directly on top of it. When the stored revision is still `verified`, no other tab has
/// written a congress since and the per-key check can be skipped; once another tab wrote
/// anything, every save compares its key (a stale key is never taken for a fresh one).
pub(super) fn nothing_written_since(verified: u64, stored_revision: Option<u64>) -> bool {
    stored_revision == Some(verified)
}

/// The revision this tab has verified after writing `written` on top of `stored_revision`.
pub(super) fn verified_after_write(verified: u64, stored_revision: Option<u64>, written: u64) -> u64 {
    if stored_revision.unwrap_or(0) == verified { written } else { verified }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_as_last_seen_may_be_written() {
        assert_eq!(check_write(Some(&Seen::Text("a".into())), Some("a")), WriteCheck::Write);
        assert_eq!(check_write(None, None), WriteCheck::Write, "a new key");
        assert_eq!(check_write(Some(&Seen::Quarantined), Some("broken")), WriteCheck::Write);
    }

    #[test]
    fn a_key_written_elsewhere_is_a_conflict() {
        assert_eq!(check_write(Some(&Seen::Text("a".into())), Some("b")), WriteCheck::Conflict);
        assert_eq!(check_write(None, Some("b")), WriteCheck::Conflict, "never read here, written elsewhere");
    }

    #[test]
    fn a_key_removed_elsewhere_stays_removed() {
        assert_eq!(check_write(Some(&Seen::Text("a".into())), None), WriteCheck::DeletedElsewhere);
    }

    #[test]
    fn the_revision_shortcut_holds_only_while_no_other_tab_wrote() {
        // Opened at revision 4, nothing since: the shortcut holds.
        assert!(nothing_written_since(4, Some(4)));
        // This tab writes revision 5 on top of 4: still verified.
        let v = verified_after_write(4, Some(4), 5);
        assert_eq!(v, 5);
        assert!(nothing_written_since(v, Some(5)));
        // Another tab wrote revision 6; this tab then writes the manifest only (a backup
        // note) as revision 7: its keys are not verified by that.
        let v = verified_after_write(v, Some(6), 7);
        assert_eq!(v, 5);
        assert!(!nothing_written_since(v, Some(7)), "the stale key must be compared");
        // A manifest removed elsewhere is not "unchanged" either.
        assert!(!nothing_written_since(v, None));
        assert_eq!(verified_after_write(0, None, 1), 1, "a first manifest on empty storage");
    }
}
