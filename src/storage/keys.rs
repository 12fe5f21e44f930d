//! The storage key layout. Small keys, not one blob: a manifest, then one key per congress, so
//! that saving one congress never re-serialises another. Every key starts with `PREFIX`.

pub const PREFIX: &str = "congress-notebook/";
/// Lists the congresses and which one is open.
pub const MANIFEST: &str = "congress-notebook/manifest";
/// The user's own rounds, offered for every congress.
pub const ROUNDS: &str = "congress-notebook/rounds";
const CONGRESS_PREFIX: &str = "congress-notebook/congress/";
/// Exact copies of stored values that could not be read, kept until the user discards them.
pub const QUARANTINE_PREFIX: &str = "congress-notebook/quarantine/";

/// The schema of what this app writes. Stored data carries it; data from a newer schema is
/// never overwritten by this app.
pub const SCHEMA_VERSION: u32 = 1;

pub fn congress(id: &str) -> String {
    format!("{CONGRESS_PREFIX}{id}")
}

/// The version a congress had before an import replaced it, kept so it can be restored.
pub fn replaced(id: &str) -> String {
    format!("{PREFIX}replaced/{id}")
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
}
