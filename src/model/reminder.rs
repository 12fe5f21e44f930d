//! When to remind the user to back up: the data changed since the last backup, and that
//! backup (or, if there was none, the first change after it) is a week old or more.

/// Days between backups before the reminder shows.
pub const BACKUP_REMINDER_DAYS: i64 = 7;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// `last_backup_ms`: when the last backup was made; `changed_since_ms`: the first change not
/// in a backup (`None` when everything is backed up). A user who never made a backup is
/// reminded a week after their first change, not on their first day.
pub fn backup_due(last_backup_ms: Option<i64>, changed_since_ms: Option<i64>, now_ms: i64) -> bool {
    match changed_since_ms {
        None => false,
        Some(changed) => now_ms - last_backup_ms.unwrap_or(changed) >= BACKUP_REMINDER_DAYS * DAY_MS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000_000;

    #[test]
    fn nothing_changed_nothing_to_remind() {
        assert!(!backup_due(None, None, NOW));
        assert!(!backup_due(Some(NOW - 100 * DAY_MS), None, NOW));
    }

    #[test]
    fn a_week_after_the_last_backup_when_something_changed() {
        let changed = Some(NOW - DAY_MS);
        assert!(!backup_due(Some(NOW - 6 * DAY_MS), changed, NOW));
        assert!(backup_due(Some(NOW - 7 * DAY_MS), changed, NOW), "on the seventh day");
        assert!(backup_due(Some(NOW - 30 * DAY_MS), changed, NOW));
    }

    #[test]
    fn never_backed_up_counts_from_the_first_change() {
        assert!(!backup_due(None, Some(NOW - 2 * DAY_MS), NOW));
        assert!(backup_due(None, Some(NOW - 7 * DAY_MS), NOW));
    }
}
