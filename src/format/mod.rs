//! The exchange file: the versioned JSON envelope a unit sends to its upper union, or keeps as
//! a backup. A public contract: fields are only ever added, versions only go up, and the JSON
//! Schema of the current version is published in `schema/` (generated from these types).

pub mod desk;
pub mod export;
pub mod import;
pub mod plan;
pub mod pretty;
pub mod worker;

use serde::{Deserialize, Serialize};

use crate::model::congress_day::CongressDay;
use crate::model::upper_plan::UnionPlan;
use crate::model::{Congress, Draft, Round, Version};

/// The `format` field of every file this app writes.
pub const FORMAT: &str = "congress-notebook";
/// The version this app writes (and the newest it reads).
pub const VERSION: u32 = 1;

/// `{format, version, exported_at, app_version, kind, data}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "Sổ tay Đại hội exchange file"))]
pub struct Envelope {
    /// Always "congress-notebook".
    #[cfg_attr(feature = "schema", schemars(extend("const" = "congress-notebook")))]
    pub format: String,
    /// The format version: 1 for files described by this schema.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub version: u32,
    /// When the file was written, UTC, as `yyyy-mm-ddThh:mm:ssZ`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")))]
    pub exported_at: String,
    /// The version of the app that wrote it.
    pub app_version: String,
    #[serde(flatten)]
    pub payload: Payload,
}

/// What the file holds, named by `kind`, with the content under `data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "data", rename_all = "kebab-case")]
// One per file read or written: boxing the larger variant would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Payload {
    /// One congress, as a unit sends it to its upper union.
    Unit(UnitData),
    /// Everything in this browser: every congress and the user's own rounds.
    WorkspaceBackup(BackupData),
    /// The plan an upper union publishes to its member units (added to format version 1: an
    /// earlier app refuses the file, naming its `kind` as unknown).
    Plan(UnionPlan),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnitData {
    pub congress: Congress,
    /// False when the sender left out assignees and notes (names of people).
    pub includes_people: bool,
    /// The congress's document drafts (current text), when the sender included them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
    /// Whether the sender chose to include the drafts, so an upper union can tell "no draft
    /// yet" from "not sent". Absent in files of earlier versions of the app (added to version
    /// 1 as an optional field: an earlier app ignores it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes_drafts: Option<bool>,
    /// The congress's results so far (quorum, seats and those elected, the make-up of the
    /// committee elected), as counts only. Optional, added to version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<crate::model::results::ResultsSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BackupData {
    pub congresses: Vec<Congress>,
    pub rounds: Vec<Round>,
    /// Every draft of those congresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
    /// The versions kept of those drafts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<KeptVersions>,
    /// The congress days of those congresses: attendance, the people on ballot lists, the
    /// elections and their counts. Only a backup carries them (added to version 1 as an
    /// optional field: an earlier app ignores it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub congress_days: Vec<KeptDay>,
}

/// One congress's day, in a backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KeptDay {
    pub congress_id: String,
    pub day: CongressDay,
}

/// The versions kept of one draft, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KeptVersions {
    pub draft_id: String,
    pub versions: Vec<Version>,
}
