//! A document draft (văn kiện): its kind, number symbol, status, sections of plain text and the
//! checklist task it belongs to; word counts, the versions kept of it (capped, oldest pruned)
//! and comparing a version with the current text paragraph by paragraph.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checklist::Status;
use super::names::named_enum;

named_enum! { serde:
    /// Which congress document a draft is (shared/DOMAIN.md, "Congress documents").
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum DocumentKind {
        /// Báo cáo tổng kết nhiệm kỳ (báo cáo chính trị).
        TermReport = "term_report",
        /// Kiểm điểm của Ban Chấp hành.
        BchReview = "bch_review",
        /// Báo cáo của Ủy ban Kiểm tra.
        InspectionReport = "inspection_report",
        /// Báo cáo tài chính.
        FinanceReport = "finance_report",
        /// Đề án nhân sự.
        PersonnelPlan = "personnel_plan",
        /// Chương trình đại hội.
        Agenda = "agenda",
        /// Quy chế làm việc của đại hội.
        WorkingRules = "working_rules",
        /// Quy chế bầu cử.
        ElectionRules = "election_rules",
        OpeningSpeech = "opening_speech",
        ClosingSpeech = "closing_speech",
        /// Báo cáo thẩm tra tư cách đại biểu (delegate congress).
        CredentialsReport = "credentials_report",
        /// Biên bản kiểm phiếu.
        VoteCountMinutes = "vote_count_minutes",
        /// Biên bản đại hội.
        CongressMinutes = "congress_minutes",
        /// Nghị quyết đại hội, with the targets.
        Resolution = "resolution",
        /// Tổng hợp ý kiến góp ý dự thảo văn kiện đại hội cấp trên.
        UpperDraftComments = "upper_draft_comments",
        /// Tổng hợp kiến nghị của đoàn viên.
        MembersRecommendations = "members_recommendations",
        /// Tờ trình đề nghị công nhận BCH khóa mới.
        RecognitionLetter = "recognition_letter",
        /// A document without an outline.
        Blank = "blank",
    }
}

named_enum! { serde:
    /// The symbol of a document type in its number ("Số: 12/BC-CĐCS"), per Nghị định 30/2020.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum DocSymbol {
        /// Báo cáo.
        Report = "BC",
        /// Nghị quyết.
        Resolution = "NQ",
        /// Biên bản.
        Minutes = "BB",
        /// Kế hoạch.
        Plan = "KH",
        /// Tờ trình.
        Submission = "TTr",
        /// Công văn.
        Letter = "CV",
        /// Quyết định.
        Decision = "QĐ",
        /// Đề án.
        Scheme = "ĐA",
    }
}

named_enum! { serde:
    /// Where a draft stands, in the order a draft moves through (so the furthest is the max).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum DraftStatus {
        #[default]
        Draft = "draft",
        SentUpper = "sent_upper",
        CommentsReceived = "comments_received",
        Final = "final",
    }
}

impl DraftStatus {
    /// What the linked checklist task becomes when the draft reaches this status: a final
    /// draft finishes it, any other status means work has started. `None`: leave it as it is
    /// (never reopens a finished task, never touches one marked not applicable).
    pub fn moves_task(self, task: Status) -> Option<Status> {
        match (self, task) {
            (_, Status::NotApplicable) => None,
            (DraftStatus::Final, Status::Done) => None,
            (DraftStatus::Final, _) => Some(Status::Done),
            (_, Status::NotStarted) => Some(Status::InProgress),
            _ => None,
        }
    }
}

/// One named part of a draft. `prompt` guides the writer and is never exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    pub id: String,
    pub heading: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt: String,
    /// Plain text: one paragraph per line; a line starting with "- " is a list item.
    #[serde(default)]
    pub body: String,
    /// 1 for a part (PHẦN THỨ NHẤT), 2 for a section within it.
    #[serde(default = "default_level")]
    pub level: u8,
    /// The congress's targets are listed after this section's text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub targets: bool,
}

fn default_level() -> u8 {
    2
}

/// A draft: one document of one congress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Draft {
    #[cfg_attr(feature = "schema", schemars(pattern(crate::model::congress::ID_PATTERN)))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(pattern(crate::model::congress::ID_PATTERN)))]
    pub congress_id: String,
    pub kind: DocumentKind,
    /// The document type in capitals above the title ("BÁO CÁO"); may be empty.
    pub heading: String,
    /// What the document is about (trích yếu), under the heading.
    pub title: String,
    #[serde(default)]
    pub symbol: Option<DocSymbol>,
    /// The number given when it is issued; empty leaves a blank to fill by hand.
    #[serde(default)]
    pub number: String,
    /// The date written under the national title; `None`: congress day.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::date::iso::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::date::IsoDate>"))]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub status: DraftStatus,
    /// The checklist task this draft belongs to.
    #[serde(default)]
    pub task_id: Option<String>,
    pub sections: Vec<Section>,
}

/// Words in a text, as Vietnamese counts them (syllables between spaces); list markers and
/// lone punctuation are not words.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// How a line of a section body is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Paragraph,
    /// "- ", "+ ", "* " or "• " at the start: a bullet item (the marker is dropped).
    Bullet,
}

/// The paragraphs of a body: each non-blank line, trimmed, with its kind.
pub fn paragraphs(body: &str) -> Vec<(LineKind, &str)> {
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            for marker in ["- ", "+ ", "* ", "• "] {
                if let Some(rest) = l.strip_prefix(marker) {
                    return (LineKind::Bullet, rest.trim_start());
                }
            }
            (LineKind::Paragraph, l)
        })
        .collect()
}

impl Draft {
    /// Words written in the sections (headings, which come from the outline, not counted).
    pub fn word_count(&self) -> usize {
        self.sections.iter().map(|s| word_count(&s.body)).sum()
    }

    /// Characters of text (what storage holds, roughly).
    pub fn text_len(&self) -> usize {
        self.sections.iter().map(|s| s.heading.chars().count() + s.body.chars().count()).sum()
    }

    pub fn section_mut(&mut self, id: &str) -> Option<&mut Section> {
        self.sections.iter_mut().find(|s| s.id == id)
    }

    /// Writes `body` into the section headed `heading` (after the last section when there is
    /// none, as the user may have renamed it).
    pub fn set_section(&mut self, heading: &str, body: String, new_id: &mut dyn FnMut() -> String) {
        match self.sections.iter_mut().find(|s| s.heading.trim() == heading) {
            Some(s) => s.body = body,
            None => self.sections.push(Section { id: new_id(), heading: heading.to_string(), prompt: String::new(), body, level: 2, targets: false }),
        }
    }

    /// The text of every section, as a version keeps it.
    pub fn snapshot(&self) -> Vec<VersionSection> {
        self.sections.iter().map(|s| VersionSection { heading: s.heading.clone(), body: s.body.clone() }).collect()
    }

    /// Puts a version's text back. Sections keep their ids, prompts and levels where the
    /// heading matches; sections the version lacks are dropped, its extra ones are added.
    pub fn restore(&mut self, version: &Version, new_id: &mut dyn FnMut() -> String) {
        let mut old = std::mem::take(&mut self.sections);
        self.sections = version
            .sections
            .iter()
            .map(|v| match old.iter().position(|s| s.heading == v.heading) {
                Some(i) => Section { body: v.body.clone(), ..old.remove(i) },
                None => Section {
                    id: new_id(),
                    heading: v.heading.clone(),
                    prompt: String::new(),
                    body: v.body.clone(),
                    level: 2,
                    targets: false,
                },
            })
            .collect();
    }
}

/// The text of one section as a version keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VersionSection {
    pub heading: String,
    pub body: String,
}

/// A saved state of a draft's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Version {
    /// When it was saved, ms since the epoch.
    pub saved_at_ms: i64,
    pub name: String,
    /// The draft's status when it was saved.
    pub status: DraftStatus,
    /// Saved by a status change rather than by the user.
    #[serde(default)]
    pub automatic: bool,
    pub sections: Vec<VersionSection>,
}

impl Version {
    /// Words written in the sections, as `Draft::word_count`.
    pub fn word_count(&self) -> usize {
        self.sections.iter().map(|s| word_count(&s.body)).sum()
    }
}

/// How many versions are kept per draft; the oldest go first. Ten versions of a 40-page report
/// (~100,000 characters) take a fifth of what the browser allows the whole app.
pub const MAX_VERSIONS: usize = 10;

/// Adds a version (newest last) and prunes the oldest beyond `MAX_VERSIONS`. Returns how many
/// were pruned, for telling the user.
pub fn add_version(versions: &mut Vec<Version>, version: Version) -> usize {
    versions.push(version);
    let excess = versions.len().saturating_sub(MAX_VERSIONS);
    versions.drain(..excess);
    excess
}

/// The name a version is kept under: what the user typed, trimmed, or when nothing was typed,
/// `when` (the time, as the user reads it).
pub fn version_name(typed: &str, when: impl FnOnce() -> String) -> String {
    let typed = typed.trim();
    if typed.is_empty() {
        when()
    } else {
        typed.to_string()
    }
}

/// One line of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Same(String),
    /// In the current text, not in the version.
    Added(String),
    /// In the version, not in the current text.
    Removed(String),
}

impl Change {
    pub fn text(&self) -> &str {
        match self {
            Change::Same(t) | Change::Added(t) | Change::Removed(t) => t,
        }
    }
}

/// The paragraphs of a text with section headings as their own lines.
fn lines_of(sections: &[VersionSection]) -> Vec<String> {
    let mut out = Vec::new();
    for s in sections {
        out.push(s.heading.trim().to_string());
        out.extend(s.body.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string));
    }
    out
}

/// Compares a version (`old`) with the current text (`new`), paragraph by paragraph: common
/// paragraphs as `Same`, changed ones as `Removed` then `Added`. Longest common subsequence
/// after trimming the common start and end, so a local edit in a long draft stays cheap.
pub fn compare(old: &[VersionSection], new: &[VersionSection]) -> Vec<Change> {
    let a = lines_of(old);
    let b = lines_of(new);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut out: Vec<Change> = a[..prefix].iter().cloned().map(Change::Same).collect();
    // lcs[i][j]: length of the LCS of am[i..] and bm[j..].
    let (n, m) = (am.len(), bm.len());
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * (m + 1) + j] = if am[i] == bm[j] {
                lcs[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && am[i] == bm[j] {
            out.push(Change::Same(am[i].clone()));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) {
            out.push(Change::Added(bm[j].clone()));
            j += 1;
        } else {
            out.push(Change::Removed(am[i].clone()));
            i += 1;
        }
    }
    out.extend(a[a.len() - suffix..].iter().cloned().map(Change::Same));
    // Removed before added within a run of changes reads as "this became that".
    let mut k = 0;
    while k < out.len() {
        if matches!(out[k], Change::Same(_)) {
            k += 1;
            continue;
        }
        let end = out[k..].iter().position(|c| matches!(c, Change::Same(_))).map_or(out.len(), |p| k + p);
        out[k..end].sort_by_key(|c| matches!(c, Change::Added(_)));
        k = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sec(heading: &str, body: &str) -> VersionSection {
        VersionSection { heading: heading.into(), body: body.into() }
    }

    #[test]
    fn counts_words_across_lines_and_spaces() {
        assert_eq!(word_count("  Công đoàn\tcơ sở\n\n- đoàn viên  "), 6);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("12 – 15% ."), 2);
    }

    #[test]
    fn paragraphs_and_bullets() {
        let p = paragraphs("Mở đầu.\n\n- một\n+ hai\n  * ba  \n-không phải gạch đầu dòng");
        assert_eq!(
            p,
            vec![
                (LineKind::Paragraph, "Mở đầu."),
                (LineKind::Bullet, "một"),
                (LineKind::Bullet, "hai"),
                (LineKind::Bullet, "ba"),
                (LineKind::Paragraph, "-không phải gạch đầu dòng"),
            ]
        );
    }

    #[test]
    fn final_status_finishes_the_task_and_nothing_reopens_it() {
        assert_eq!(DraftStatus::Final.moves_task(Status::InProgress), Some(Status::Done));
        assert_eq!(DraftStatus::Final.moves_task(Status::NotStarted), Some(Status::Done));
        assert_eq!(DraftStatus::Draft.moves_task(Status::NotStarted), Some(Status::InProgress));
        assert_eq!(DraftStatus::SentUpper.moves_task(Status::Done), None);
        assert_eq!(DraftStatus::Final.moves_task(Status::NotApplicable), None);
        assert_eq!(DraftStatus::CommentsReceived.moves_task(Status::InProgress), None);
    }

    #[test]
    fn versions_are_capped_oldest_first() {
        let mut vs = Vec::new();
        for i in 0..MAX_VERSIONS {
            let v = Version { saved_at_ms: i as i64, name: format!("v{i}"), status: DraftStatus::Draft, automatic: false, sections: vec![] };
            assert_eq!(add_version(&mut vs, v), 0);
        }
        let v = Version { saved_at_ms: 99, name: "mới".into(), status: DraftStatus::Final, automatic: true, sections: vec![] };
        assert_eq!(add_version(&mut vs, v), 1);
        assert_eq!(vs.len(), MAX_VERSIONS);
        assert_eq!(vs[0].name, "v1");
        assert_eq!(vs.last().unwrap().name, "mới");
    }

    #[test]
    fn compare_marks_changed_paragraphs() {
        let old = vec![sec("I. Kết quả", "Đoạn một.\nĐoạn hai.\nĐoạn ba."), sec("II. Hạn chế", "Còn chậm.")];
        let new = vec![sec("I. Kết quả", "Đoạn một.\nĐoạn hai đã sửa.\nĐoạn ba.\nĐoạn bốn."), sec("II. Hạn chế", "Còn chậm.")];
        let changes = compare(&old, &new);
        assert_eq!(
            changes,
            vec![
                Change::Same("I. Kết quả".into()),
                Change::Same("Đoạn một.".into()),
                Change::Removed("Đoạn hai.".into()),
                Change::Added("Đoạn hai đã sửa.".into()),
                Change::Same("Đoạn ba.".into()),
                Change::Added("Đoạn bốn.".into()),
                Change::Same("II. Hạn chế".into()),
                Change::Same("Còn chậm.".into()),
            ]
        );
        assert!(compare(&old, &old).iter().all(|c| matches!(c, Change::Same(_))));
    }

    #[test]
    fn compare_handles_everything_removed_or_added() {
        let old = vec![sec("A", "x\ny")];
        let changes = compare(&old, &[]);
        assert_eq!(changes, vec![Change::Removed("A".into()), Change::Removed("x".into()), Change::Removed("y".into())]);
        let changes = compare(&[], &old);
        assert_eq!(changes.len(), 3);
        assert!(changes.iter().all(|c| matches!(c, Change::Added(_))));
    }

    #[test]
    fn set_section_writes_the_named_section_or_adds_it() {
        let mut d = Draft {
            id: "d".into(),
            congress_id: "c".into(),
            kind: DocumentKind::PersonnelPlan,
            heading: "ĐỀ ÁN".into(),
            title: String::new(),
            symbol: None,
            number: String::new(),
            date: None,
            status: DraftStatus::Draft,
            task_id: None,
            sections: vec![Section { id: "s1".into(), heading: "III. Số lượng".into(), prompt: "p".into(), body: "cũ".into(), level: 2, targets: false }],
        };
        d.set_section("III. Số lượng", "mới".into(), &mut || "x".into());
        assert_eq!((d.sections.len(), d.sections[0].body.as_str(), d.sections[0].prompt.as_str()), (1, "mới", "p"));
        d.set_section("V. Danh sách", "ds".into(), &mut || "s2".into());
        assert_eq!((d.sections.len(), d.sections[1].id.as_str(), d.sections[1].body.as_str()), (2, "s2", "ds"));
    }

    #[test]
    fn restore_keeps_section_ids_where_headings_match() {
        let mut d = Draft {
            id: "d".into(),
            congress_id: "c".into(),
            kind: DocumentKind::Blank,
            heading: String::new(),
            title: "t".into(),
            symbol: None,
            number: String::new(),
            date: None,
            status: DraftStatus::Draft,
            task_id: None,
            sections: vec![
                Section { id: "s1".into(), heading: "A".into(), prompt: "p".into(), body: "mới".into(), level: 1, targets: true },
                Section { id: "s2".into(), heading: "B".into(), prompt: String::new(), body: "x".into(), level: 2, targets: false },
            ],
        };
        let v = Version { saved_at_ms: 0, name: "v".into(), status: DraftStatus::Draft, automatic: false, sections: vec![sec("A", "cũ"), sec("C", "z")] };
        let mut n = 0;
        d.restore(&v, &mut || {
            n += 1;
            format!("new{n}")
        });
        assert_eq!(d.sections.len(), 2);
        assert_eq!((d.sections[0].id.as_str(), d.sections[0].body.as_str(), d.sections[0].level, d.sections[0].targets), ("s1", "cũ", 1, true));
        assert_eq!((d.sections[1].id.as_str(), d.sections[1].heading.as_str()), ("new1", "C"));
        assert_eq!(d.snapshot(), v.sections);
    }

    #[test]
    fn kind_symbol_and_status_names_round_trip_and_match_serde() {
        use crate::model::names::check::{matches_serde, round_trips};
        round_trips(&DocumentKind::ALL, DocumentKind::name, DocumentKind::from_name);
        matches_serde(&DocumentKind::ALL, DocumentKind::name);
        round_trips(&DocSymbol::ALL, DocSymbol::name, DocSymbol::from_name);
        matches_serde(&DocSymbol::ALL, DocSymbol::name);
        round_trips(&DraftStatus::ALL, DraftStatus::name, DraftStatus::from_name);
        matches_serde(&DraftStatus::ALL, DraftStatus::name);
    }

    #[test]
    fn a_version_is_named_as_typed_or_by_its_time() {
        let when = || "22/11/2026 09:30".to_string();
        assert_eq!(version_name("  Gửi cấp trên ", when), "Gửi cấp trên");
        assert_eq!(version_name("", when), "22/11/2026 09:30");
        assert_eq!(version_name(" \n ", when), "22/11/2026 09:30");
    }
}
