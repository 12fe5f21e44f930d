//! The storage key layout. Small keys, not one blob: a manifest, then one key per congress and
//! one per draft (and one for its kept versions), so that saving one never
//! re-serialises another. Every key starts with `PREFIX`.

pub const PREFIX: &str = "congress-notebook/";
/// Lists the congresses and which one is open.
pub const MANIFEST: &str = "congress-notebook/manifest";
/// The user's own rounds, offered for every congress.
pub const ROUNDS: &str = "congress-notebook/rounds";
/// The CSV separator the user's Excel expects: `;` or `,`.
pub const CSV_SEPARATOR: &str = "congress-notebook/csv-separator";
/// "dismissed" once the user declined to install the app (`ui::install`).
pub const INSTALL_OFFER: &str = "congress-notebook/install-offer";
/// The interface language, "vi" or "en" (absent: Vietnamese). Also read by index.html's loader,
/// before the app's code is fetched, to load that language's build.
pub const LANGUAGE: &str = "congress-notebook/language";
/// The upper union's own plan (`storage::desk_plan`).
pub const DESK_PLAN: &str = "congress-notebook/desk-plan";
const CONGRESS_PREFIX: &str = "congress-notebook/congress/";
/// Written and removed at once when everything is deleted, so other open tabs hear it (as a
/// storage event) and drop what they hold; it carries no data and never stays.
pub const WIPED: &str = "congress-notebook/wiped";
/// Exact copies of stored values that could not be read, kept until the user discards them.
pub const QUARANTINE_PREFIX: &str = "congress-notebook/quarantine/";

/// The schema of what this app writes. Stored data carries it; data from a newer schema is
/// never overwritten by this app.
pub const SCHEMA_VERSION: u32 = 1;

pub fn congress(id: &str) -> String {
    format!("{CONGRESS_PREFIX}{id}")
}

const DRAFT_PREFIX: &str = "congress-notebook/draft/";
const VERSIONS_PREFIX: &str = "congress-notebook/versions/";

/// One draft's text: `congress-notebook/draft/<congress id>/<draft id>`. Typing in a draft
/// writes this key only.
pub fn draft(congress_id: &str, draft_id: &str) -> String {
    format!("{DRAFT_PREFIX}{congress_id}/{draft_id}")
}

/// The prefix of every draft key of a congress.
pub fn drafts_of(congress_id: &str) -> String {
    format!("{DRAFT_PREFIX}{congress_id}/")
}

/// (congress id, draft id) of a draft key.
pub fn parse_draft(key: &str) -> Option<(&str, &str)> {
    let (c, d) = key.strip_prefix(DRAFT_PREFIX)?.split_once('/')?;
    (!c.is_empty() && !d.is_empty() && !d.contains('/')).then_some((c, d))
}

/// The versions kept of a draft, read only when the user opens them.
pub fn versions(congress_id: &str, draft_id: &str) -> String {
    format!("{VERSIONS_PREFIX}{congress_id}/{draft_id}")
}

/// The prefix of every versions key of a congress.
pub fn versions_of(congress_id: &str) -> String {
    format!("{VERSIONS_PREFIX}{congress_id}/")
}

const CONGRESS_DAY_PREFIX: &str = "congress-notebook/congress-day/";

/// A congress's day (attendance, people on ballots, elections): read by its screen only.
pub fn congress_day(congress_id: &str) -> String {
    format!("{CONGRESS_DAY_PREFIX}{congress_id}")
}

/// The congress id in a congress-day key.
pub fn congress_day_id(key: &str) -> Option<&str> {
    key.strip_prefix(CONGRESS_DAY_PREFIX).filter(|id| !id.is_empty() && !id.contains('/'))
}

/// The version a congress had before an import replaced it, kept so it can be restored.
pub fn replaced(id: &str) -> String {
    format!("{PREFIX}replaced/{id}")
}

/// The congress day a congress had before a backup's import wrote its own over it (empty text:
/// it had none), restored with the congress; absent when the last import left the day alone.
pub fn replaced_day(id: &str) -> String {
    format!("{PREFIX}replaced-day/{id}")
}

/// The congress id in a congress key.
pub fn congress_id(key: &str) -> Option<&str> {
    key.strip_prefix(CONGRESS_PREFIX).filter(|id| !id.is_empty())
}

/// `congress-notebook/quarantine/<ms since epoch>/<original key>`.
pub fn quarantine(saved_at_ms: i64, original: &str) -> String {
    format!("{QUARANTINE_PREFIX}{saved_at_ms}/{original}")
}

/// Splits a quarantine key into (saved at, original key).
pub fn parse_quarantine(key: &str) -> Option<(i64, &str)> {
    let rest = key.strip_prefix(QUARANTINE_PREFIX)?;
    let (ms, original) = rest.split_once('/')?;
    Some((ms.parse().ok()?, original))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarantine_keys_round_trip() {
        let key = quarantine(1_795_000_000_000, MANIFEST);
        assert_eq!(key, "congress-notebook/quarantine/1795000000000/congress-notebook/manifest");
        assert_eq!(parse_quarantine(&key), Some((1_795_000_000_000, MANIFEST)));
        assert_eq!(parse_quarantine(MANIFEST), None);
        assert_eq!(parse_quarantine("congress-notebook/quarantine/x/y"), None);
    }

    #[test]
    fn draft_keys_round_trip() {
        assert_eq!(draft("c1", "d1"), "congress-notebook/draft/c1/d1");
        assert_eq!(parse_draft(&draft("c1", "d1")), Some(("c1", "d1")));
        assert!(draft("c1", "d1").starts_with(&drafts_of("c1")));
        assert_eq!(parse_draft("congress-notebook/draft/c1/"), None);
        assert_eq!(parse_draft(&versions("c1", "d1")), None);
        assert_eq!(congress_id(&draft("c1", "d1")), None);
    }
}
