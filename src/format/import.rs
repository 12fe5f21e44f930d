//! Reading an exchange file: strictly, all or nothing, and with the precise reason when it is
//! refused. Outer shape first (size, UTF-8, JSON, ours, not too new), then the typed content
//! with the JSON path of the first bad field, then the rules types cannot say (unique ids,
//! dates in range, names present). Nothing here writes anything.

use std::collections::BTreeSet;

use chrono::Datelike;
use serde_json::Value;

use super::{Envelope, Payload, FORMAT, VERSION};
use crate::model::date::{MAX_YEAR, MIN_YEAR};
use crate::model::task_form::MAX_OFFSET_DAYS;
use crate::model::{Congress, Round};

/// The largest file accepted: over twice the largest backup this app can write (browser
/// storage holds about 5 million characters; pretty-printed and in UTF-8 that is under 9 MB).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Deepest nesting accepted (serde_json's own limit; the app's files are 8 levels deep).
pub const MAX_DEPTH: usize = 128;

/// Why a file was refused. Each has its own message (`i18n::import_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    Empty,
    /// Not UTF-8 text; `offset` is the first bad byte.
    NotUtf8 { offset: usize },
    /// Not JSON: where the parser stopped (1-based), and whether the file simply ended early.
    NotJson { line: usize, column: usize, truncated: bool },
    TooDeep,
    /// JSON, but not a file of this app (no `"format": "congress-notebook"`).
    NotOurFormat,
    /// `version` missing or not a whole number from 1.
    BadVersion,
    /// Written by a newer version of the app.
    TooNew { version: u64 },
    /// A field is missing or wrong: its JSON path and what is wrong with it.
    Invalid { path: String, problem: FieldProblem },
    /// Two tasks of a congress, or two congresses, share an id.
    DuplicateId { path: String, id: String },
    /// A date outside the years the app accepts.
    DateOutOfRange { path: String, date: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Missing(String),
    WrongType,
    UnknownValue,
    BadDate,
    Empty,
    OutOfRange,
    Other(String),
}

fn classify(message: &str) -> FieldProblem {
    if let Some(rest) = message.strip_prefix("missing field `") {
        FieldProblem::Missing(rest.split('`').next().unwrap_or_default().to_string())
    } else if message.starts_with("invalid type") {
        FieldProblem::WrongType
    } else if message.starts_with("unknown variant") || message.starts_with("invalid value") {
        FieldProblem::UnknownValue
    } else if message.starts_with("not a date") {
        FieldProblem::BadDate
    } else {
        FieldProblem::Other(message.split(" at line ").next().unwrap_or(message).to_string())
    }
}

/// Reads an exchange file from its bytes.
pub fn read(bytes: &[u8]) -> Result<Envelope, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 { offset: e.valid_up_to() })?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().starts_with("recursion limit exceeded") {
            ImportError::TooDeep
        } else {
            ImportError::NotJson { line: e.line(), column: e.column(), truncated: e.is_eof() }
        }
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotOurFormat);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => return Err(ImportError::TooNew { version: v }),
        Some(v) if v >= 1 => {}
        _ => return Err(ImportError::BadVersion),
    }
    let envelope = typed(value)?;
    check(&envelope)?;
    Ok(envelope)
}

/// Deserialises `value` as a `T`, naming the first bad field by its JSON path under `at`.
fn field<T: serde::de::DeserializeOwned>(value: Value, at: &str) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (at, inner.as_str()) {
            (at, ".") => at.to_string(),
            ("", inner) => inner.to_string(),
            (at, inner) => format!("{at}.{inner}"),
        };
        ImportError::Invalid { path, problem: classify(&e.inner().to_string()) }
    })
}

/// The envelope read field by field (not through serde's flatten, which loses the path of a
/// bad field inside `data`).
fn typed(mut value: Value) -> Result<Envelope, ImportError> {
    let mut take = |name: &str| value.get_mut(name).map(Value::take);
    let missing = |name: &str| ImportError::Invalid { path: String::new(), problem: FieldProblem::Missing(name.to_string()) };
    let exported_at: String = field(take("exported_at").ok_or_else(|| missing("exported_at"))?, "exported_at")?;
    let app_version: String = field(take("app_version").ok_or_else(|| missing("app_version"))?, "app_version")?;
    let kind = take("kind").ok_or_else(|| missing("kind"))?;
    let data = take("data").ok_or_else(|| missing("data"))?;
    let payload = match kind.as_str() {
        Some("unit") => Payload::Unit(field(data, "data")?),
        Some("workspace-backup") => Payload::WorkspaceBackup(field(data, "data")?),
        Some(_) => return Err(ImportError::Invalid { path: "kind".into(), problem: FieldProblem::UnknownValue }),
        None => return Err(ImportError::Invalid { path: "kind".into(), problem: FieldProblem::WrongType }),
    };
    Ok(Envelope { format: FORMAT.to_string(), version: VERSION, exported_at, app_version, payload })
}

fn invalid(path: String, problem: FieldProblem) -> ImportError {
    ImportError::Invalid { path, problem }
}

/// The rules the types cannot express.
fn check(envelope: &Envelope) -> Result<(), ImportError> {
    match &envelope.payload {
        Payload::Unit(unit) => check_congress(&unit.congress, "data.congress"),
        Payload::WorkspaceBackup(backup) => {
            let mut ids = BTreeSet::new();
            for (i, c) in backup.congresses.iter().enumerate() {
                let path = format!("data.congresses[{i}]");
                if !ids.insert(c.id.as_str()) {
                    return Err(ImportError::DuplicateId { path: format!("{path}.id"), id: c.id.clone() });
                }
                check_congress(c, &path)?;
            }
            let mut round_ids = BTreeSet::new();
            for (i, r) in backup.rounds.iter().enumerate() {
                let path = format!("data.rounds[{i}]");
                if !round_ids.insert(r.id.as_str()) {
                    return Err(ImportError::DuplicateId { path: format!("{path}.id"), id: r.id.clone() });
                }
                check_round(r, &path)?;
            }
            Ok(())
        }
    }
}

fn check_date(date: chrono::NaiveDate, path: String) -> Result<(), ImportError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
        Ok(())
    } else {
        Err(ImportError::DateOutOfRange { path, date: crate::model::date::iso::format(date) })
    }
}

fn check_round(r: &Round, path: &str) -> Result<(), ImportError> {
    if r.id.trim().is_empty() {
        return Err(invalid(format!("{path}.id"), FieldProblem::Empty));
    }
    for (i, c) in r.cut_offs.iter().enumerate() {
        check_date(c.date, format!("{path}.cut_offs[{i}].date"))?;
    }
    if let Some(d) = r.pilot_cut_off {
        check_date(d, format!("{path}.pilot_cut_off"))?;
    }
    Ok(())
}

fn check_congress(c: &Congress, path: &str) -> Result<(), ImportError> {
    for (field, value) in [("id", &c.id), ("unit_name", &c.unit_name)] {
        if value.trim().is_empty() {
            return Err(invalid(format!("{path}.{field}"), FieldProblem::Empty));
        }
    }
    check_date(c.date, format!("{path}.date"))?;
    if let Some(d) = c.pilot_cut_off {
        check_date(d, format!("{path}.pilot_cut_off"))?;
    }
    if let Some(r) = &c.round {
        check_round(r, &format!("{path}.round"))?;
    }
    let mut ids = BTreeSet::new();
    for (i, t) in c.tasks.iter().enumerate() {
        let tpath = format!("{path}.tasks[{i}]");
        if t.id.trim().is_empty() {
            return Err(invalid(format!("{tpath}.id"), FieldProblem::Empty));
        }
        if !ids.insert(t.id.as_str()) {
            return Err(ImportError::DuplicateId { path: format!("{tpath}.id"), id: t.id.clone() });
        }
        if t.title.trim().is_empty() {
            return Err(invalid(format!("{tpath}.title"), FieldProblem::Empty));
        }
        match t.due {
            crate::model::DueRule::Fixed(d) => check_date(d, format!("{tpath}.due.fixed"))?,
            crate::model::DueRule::OffsetDays(days) if days.unsigned_abs() > MAX_OFFSET_DAYS as u32 => {
                return Err(invalid(format!("{tpath}.due.offset_days"), FieldProblem::OutOfRange));
            }
            crate::model::DueRule::OffsetDays(_) => {}
        }
        if let Some(d) = t.done_on {
            check_date(d, format!("{tpath}.done_on"))?;
        }
    }
    Ok(())
}
