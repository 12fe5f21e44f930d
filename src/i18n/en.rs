//! Every string the user reads, in English (the English build, feature `en`): the same items
//! as `vi.rs`, the same signatures. Documents and exported files stay Vietnamese (`vi`).

use crate::format::import::{Difference, FieldProblem, ImportError, MAX_DEPTH, MAX_FILE_BYTES};
use crate::format::VERSION;
use crate::model::date::{format_dmy, DateInputError, MAX_YEAR, MIN_YEAR};
use crate::model::filter::Show;
use crate::model::{CongressKind, CongressType, DocumentKind, DraftStatus, DueKind, InputError, LetterheadInputError, Level, Measure, Period, Phase, RoundInputError, Status, TargetInputError, TaskInputError, Urgency};
use crate::storage::{Halt, LoadProblem, SaveError, UnreadableReason, Usage, STORAGE_LIMIT_CHARS};
use chrono::{Datelike, NaiveDate};

pub const APP_NAME: &str = "Congress Notebook";
pub const APP_TAGLINE: &str =
    "Preparing a trade union congress: tasks, deadlines, documents. Documents, exported files and everything you type stay in Vietnamese: they are the union's official papers.";

// Creation form
pub const CREATE_TITLE: &str = "Create a notebook for a congress";
pub const CREATE_INTRO: &str =
    "Enter a few details; the app prepares a task list and works out each task's deadline from the congress date.";
pub const FIELD_UNIT_NAME: &str = "Name of the union holding the congress";
pub const FIELD_UNIT_NAME_HINT: &str = "For example: Le Loi Secondary School Trade Union";
pub const FIELD_UPPER_UNION: &str = "Direct upper union";
pub const FIELD_UPPER_UNION_HINT: &str = "For example: Sa Pa District Federation of Labour";
pub const FIELD_TYPE: &str = "Congress type";
pub const FIELD_TYPE_HINT: &str = "Decides which tasks are listed to start with; you can still edit each task afterwards.";
pub const FIELD_KIND: &str = "Congress format";
pub const FIELD_DATE: &str = "Congress date (day/month/year)";
pub const FIELD_DATE_HINT: &str = "dd/mm/yyyy";
pub const FIELD_ROUND: &str = "Congress round";
pub const ROUND_OUT_OF_CYCLE: &str = "Outside any round (newly founded or merged union, adjusted term…)";
pub const ROUND_HINT: &str =
    "All the built-in rounds are past their cut-off dates; choose “Outside any round” if the congress belongs to no round, or add a new round when the upper union announces one.";
pub const CREATE_PLAN_HINT: &str =
    "Have a plan file from the upper union? Open it under “Import a file” below: the notebook is set up from the plan (unit code, round and cut-off date, task deadlines).";
pub const CREATE_SUBMIT: &str = "Create the task list";
pub const CANCEL: &str = "Back";

pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Grassroots => "Grassroots union",
        Level::DirectUpper => "Direct upper union of grassroots unions",
        Level::Province => "Provincial or city Federation of Labour and equivalent",
    }
}

pub fn congress_type_name(t: CongressType) -> &'static str {
    match t {
        CongressType::GrassrootsFullMember => "Grassroots union – full-member congress",
        CongressType::GrassrootsDelegate => "Grassroots union – delegate congress",
        CongressType::DirectUpper => "Direct upper union of grassroots unions – delegate congress",
    }
}

pub fn kind_name(kind: CongressKind) -> &'static str {
    match kind {
        CongressKind::FullMember => "Full-member congress",
        CongressKind::Delegate => "Delegate congress",
    }
}

pub fn input_error(e: InputError) -> &'static str {
    match e {
        InputError::UnitNameMissing => "Enter the name of the union holding the congress.",
        InputError::UpperUnionMissing => "Enter the name of the direct upper union.",
        InputError::Date(d) => date_error(d),
        InputError::PilotDate(d) => match d {
            DateInputError::Empty => "Enter the cut-off date of the pilot congress.",
            other => date_error(other),
        },
    }
}

pub fn task_input_error(e: TaskInputError) -> &'static str {
    match e {
        TaskInputError::TitleMissing => "Enter the task name.",
        TaskInputError::Days => "The number of days must be a whole number from 0 to 3650.",
        TaskInputError::FixedDate(d) => date_error(d),
        TaskInputError::DoneDate(d) => date_error(d),
    }
}

pub fn date_error(e: DateInputError) -> &'static str {
    match e {
        DateInputError::Empty => "Enter the congress date.",
        DateInputError::Shape => "The date is not in the right form: enter day/month/year, for example 15/03/2027.",
        DateInputError::NotInCalendar => "This date does not exist on the calendar (for example 31/04, or 29/02 in a non-leap year).",
        DateInputError::OutOfRange => "The year must be from 2000 to 2100.",
    }
}

// Checklist
pub const NEW_CONGRESS: &str = "+ Another congress";
pub const SWITCH_CONGRESS: &str = "Viewing notebook";
pub const CHECKLIST_TITLE: &str = "Tasks";
pub const DUE: &str = "Due";
pub const BASIS: &str = "Basis";
pub const BASIS_PRACTICE: &str = "common practice";
pub const CHECKLIST_NOTE: &str =
    "Default deadlines are counted from the congress date following common practice, not official rules; follow the upper union's plan if it differs.";
pub const OVERDUE: &str = "Overdue";
pub const DUE_SOON: &str = "Due soon";
pub const AFTER_CUT_OFF: &str = "After the round's cut-off date";
pub const DONE_ON: &str = "Done on";
pub const ROUND_LABEL: &str = "Round";
pub const UPPER_UNION_LABEL: &str = "Upper union";
pub const CONGRESS_DAY_LABEL: &str = "Congress date";

pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Plan => "Plan",
        Phase::Documents => "Documents",
        Phase::Personnel => "Personnel",
        Phase::Logistics => "Organisation and logistics",
        Phase::Congress => "Congress day",
        Phase::After => "After the congress",
    }
}

pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "Not started",
        Status::InProgress => "In progress",
        Status::Done => "Done",
        Status::NotApplicable => "Not applicable",
    }
}

pub fn urgency_name(u: Urgency) -> Option<&'static str> {
    match u {
        Urgency::Overdue => Some(OVERDUE),
        Urgency::DueSoon => Some(DUE_SOON),
        Urgency::Closed | Urgency::Later => None,
    }
}

pub fn date(d: NaiveDate) -> String {
    format_dmy(d)
}

pub fn days_to_congress(days: i64) -> String {
    match days {
        1 => "1 day to go".to_string(),
        d if d > 0 => format!("{d} days to go"),
        0 => "today".to_string(),
        -1 => "held 1 day ago".to_string(),
        d => format!("held {} days ago", -d),
    }
}

pub fn progress(closed: usize, total: usize) -> String {
    if total == 1 {
        format!("{closed} of {total} task done")
    } else {
        format!("{closed} of {total} tasks done")
    }
}

pub fn phase_progress(closed: usize, total: usize) -> String {
    format!("{closed}/{total}")
}

pub fn round_none() -> &'static str {
    "Outside any round, no common cut-off date"
}

pub fn cut_off_line(cut_off: NaiveDate) -> String {
    format!("cut-off date for this level: {}", format_dmy(cut_off))
}

pub fn congress_after_cut_off(cut_off: NaiveDate) -> String {
    format!(
        "The congress date is after the round's cut-off date ({}). Choose an earlier date or check the congress round.",
        format_dmy(cut_off)
    )
}

pub fn tasks_after_cut_off(count: usize) -> String {
    if count == 1 {
        "1 task before the congress is due after the round's cut-off date.".to_string()
    } else {
        format!("{count} tasks before the congress are due after the round's cut-off date.")
    }
}

// Finding tasks
pub const SEARCH: &str = "Find a task";
pub const SEARCH_HINT: &str = "Typing with or without accents both work";
pub const SHOW: &str = "Show";
pub const ASSIGNEE_FILTER: &str = "Assignee";
pub const EVERYONE: &str = "Everyone";
pub const PRINT: &str = "Print the list";
pub const DOWNLOAD_ICS: &str = "Download calendar (.ics)";
pub const NO_MATCH: &str = "No task matches the filter.";
pub const AGENDA_TITLE: &str = "Tasks due in the next 14 days";
pub const AGENDA_EMPTY: &str = "No unfinished task is due in the next 14 days.";

pub fn show_name(s: Show) -> &'static str {
    match s {
        Show::All => "All tasks",
        Show::Open => "Unfinished tasks",
        Show::Done => "Finished tasks",
        Show::Overdue => "Overdue tasks",
    }
}

// Exchange files
pub const EXPORT_TITLE: &str = "Send to the upper union and back up";
pub const EXPORT_HINT: &str =
    "The file for the upper union holds the details and task list of the congress shown; send it by Zalo or email. The backup holds every notebook and every round you added in this browser: keep it somewhere safe.";
pub const EXPORT_INCLUDE_PEOPLE: &str = "Include assignee names and notes";
pub const EXPORT_UNIT: &str = "Export the file for the upper union (.json)";
pub const EXPORT_BACKUP: &str = "Back up all notebooks (.json)";

pub fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes } => format!(
            "The file is too large ({} MB); the app accepts files of up to {} MB.",
            bytes / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
        ImportError::Empty => "The file is empty: there is nothing to import.".to_string(),
        ImportError::NotUtf8 { offset } => format!(
            "The file is not UTF-8 text (byte {} cannot be read). It may be a Word file, an image or a damaged file.",
            offset + 1
        ),
        ImportError::NotJson { line, column, truncated: true } => format!(
            "The file is cut short: its content stops midway (line {line}, column {column}). Ask for the complete file again."
        ),
        ImportError::NotJson { line, column, .. } => {
            format!("The file is not valid JSON: error at line {line}, column {column}.")
        }
        ImportError::TooDeep => format!("The file is nested too deeply (more than {MAX_DEPTH} levels): it is not a file from this app."),
        ImportError::NotOurFormat => {
            "This is not a Congress Notebook file (the line \"format\": \"congress-notebook\" is missing).".to_string()
        }
        ImportError::BadVersion => "The file's format version number is missing or invalid.".to_string(),
        ImportError::TooNew { version } => format!(
            "The file was made by a newer version of the app (format {version}); this version reads formats up to {VERSION}. Please update the app."
        ),
        ImportError::UnknownKind { kind } => format!(
            "The file is of type “{kind}”, which this version cannot read (it reads unit files sent to the upper union, backups, and plans from the upper union). If the file was made by a newer version of the app, please update the app."
        ),
        ImportError::Invalid { path, problem } => {
            let what = match problem {
                FieldProblem::Missing(field) => format!("lacks the field “{field}”"),
                FieldProblem::WrongType => "has the wrong data type".to_string(),
                FieldProblem::UnknownValue => "has a value that is not accepted".to_string(),
                FieldProblem::BadDate => "is not a valid date in the form yyyy-mm-dd".to_string(),
                FieldProblem::Empty => "is empty".to_string(),
                FieldProblem::OutOfRange => "is beyond the allowed limit".to_string(),
                FieldProblem::BadId => "is not a valid ID (only 1–64 unaccented letters, digits, “-” or “_”)".to_string(),
                FieldProblem::BadCode => "is not a valid unit code (1–32 characters, no spaces)".to_string(),
                FieldProblem::Other(m) => format!("is invalid ({m})"),
            };
            let subject = if path.is_empty() { "the file".to_string() } else { format!("the field “{path}”") };
            format!("Invalid data: {subject} {what}.")
        }
        ImportError::DuplicateId { path, id } => {
            format!("Invalid data: the ID “{id}” at {} is the same as an earlier entry's.", shown_path(path))
        }
        ImportError::DateOutOfRange { path, date } => format!(
            "Invalid data: the date {date} at {} is outside the years {MIN_YEAR}–{MAX_YEAR}.",
            shown_path(path)
        ),
    }
}

fn shown_path(path: &str) -> String {
    format!("“{path}”")
}

pub const IMPORT_TITLE: &str = "Import a file";
pub const IMPORT_HINT: &str =
    "A .json file exported by Congress Notebook (a file sent in by a unit, or a backup). Choose the file or drag and drop it here; nothing is saved until you have previewed it and agreed.";
pub const IMPORT_PICK: &str = "Choose a file (.json)";
pub const IMPORT_PREVIEW: &str = "Import preview";
pub const IMPORT_CHECKING: &str = "Checking the file…";
pub const IMPORT_FILE_UNREADABLE: &str =
    "The browser cannot read this file (it may have just been moved or deleted). Choose the file again.";
pub const CHECKER_ANSWER_UNREADABLE: &str = "Could not read the result of the file check.";
pub const IMPORT_CHECKER_FAILED: &str =
    "The file check cannot run in this browser (the connection may have dropped while the page was loading). Reload the page and try again.";
pub const IMPORT_NEW: &str = "Not in this browser yet: it will be added.";
pub const IMPORT_ADD: &str = "Add as a new notebook";
pub const IMPORT_REPLACE: &str = "Replace the notebook with the same ID (the current one is kept so it can be restored)";
pub const REPLACED_NOTE: &str = "This notebook has been replaced with data imported from a file.";
pub const RESTORE_REPLACED: &str = "Restore the version from before the import";

/// A file refused, and why (`reason`: a sentence of its own).
pub fn import_refused(file: &str, reason: &str) -> String {
    format!("The file “{file}” was not imported; the data in the browser is unchanged. {reason}")
}

pub fn import_preview_title(file: &str) -> String {
    format!("In the file “{file}”:")
}

pub fn import_rounds(n: usize) -> String {
    if n == 1 {
        "Also includes 1 congress round added by hand.".to_string()
    } else {
        format!("Also includes {} congress rounds added by hand.", count(n))
    }
}

pub fn imported(n: usize) -> String {
    if n == 1 {
        "Imported 1 notebook.".to_string()
    } else {
        format!("Imported {} notebooks.", count(n))
    }
}

pub fn import_differences(diffs: &[Difference]) -> String {
    if diffs.is_empty() {
        return "Already in this browser, exactly the same as the file.".to_string();
    }
    let parts: Vec<String> = diffs
        .iter()
        .map(|d| match d {
            Difference::UnitName => "a different unit name".to_string(),
            Difference::UpperUnion => "a different upper union".to_string(),
            Difference::Date { stored, incoming } => format!("congress date {} → {}", format_dmy(*stored), format_dmy(*incoming)),
            Difference::TasksAdded(n) => {
                if *n == 1 {
                    "1 new task".to_string()
                } else {
                    format!("{} new tasks", count(*n))
                }
            }
            Difference::TasksRemoved(n) => {
                if *n == 1 {
                    "1 task no longer there".to_string()
                } else {
                    format!("{} tasks no longer there", count(*n))
                }
            }
            Difference::TasksChanged(n) => {
                if *n == 1 {
                    "1 changed task".to_string()
                } else {
                    format!("{} changed tasks", count(*n))
                }
            }
            Difference::Other => "some other details".to_string(),
        })
        .collect();
    format!("Already in this browser; the file differs in: {}.", parts.join(", "))
}

// Editing a task
pub const EDIT_TASK: &str = "Edit";
pub const TASK_TITLE: &str = "Task name";
pub const TASK_PHASE: &str = "Phase";
pub const TASK_STATUS: &str = "Status";
pub const TASK_ASSIGNEE: &str = "Person or subcommittee in charge";
pub const TASK_ASSIGNEE_HINT: &str = "For example: Documents subcommittee, Ms Lan";
pub const SUBCOMMITTEES: [&str; 4] =
    ["Documents subcommittee", "Personnel subcommittee", "Organisation and logistics subcommittee", "Executive Committee standing members"];
pub const TASK_NOTES: &str = "Notes";
pub const TASK_DUE: &str = "Deadline";
pub const DUE_KIND: &str = "How the deadline is set";

pub fn due_kind_name(kind: DueKind) -> &'static str {
    match kind {
        DueKind::Before => "days before the congress",
        DueKind::After => "days after the congress (0 is the congress day)",
        DueKind::Fixed => "on a fixed date",
    }
}

pub const DUE_DAYS: &str = "Number of days";
pub const DUE_FIXED_DATE: &str = "Fixed date (day/month/year)";
pub const TASK_DONE_ON: &str = "Date completed (leave blank for today)";
pub const SAVE: &str = "Save";
pub const CLOSE: &str = "Close";
pub const DELETE_TASK: &str = "Delete task";
pub const MOVE_UP: &str = "Up";
pub const MOVE_DOWN: &str = "Down";
pub const UNDO: &str = "Undo";
pub const ADD: &str = "Add";
pub const ASSIGNEE_LABEL: &str = "In charge";
pub const NOTES_LABEL: &str = "Notes";

pub fn edit_task_label(title: &str) -> String {
    format!("Edit task: {title}")
}

pub fn add_task_label(phase: Phase) -> String {
    format!("Add a task to the “{}” phase", phase_name(phase))
}

pub fn task_removed(title: &str) -> String {
    format!("Task “{title}” deleted.")
}

pub fn due_rule(days: i32) -> String {
    match days {
        -1 => "1 day before the congress".to_string(),
        d if d < 0 => format!("{} days before the congress", -d),
        0 => "congress day".to_string(),
        1 => "1 day after the congress".to_string(),
        d => format!("{d} days after the congress"),
    }
}
pub const FIXED_DATE_NOTE: &str = "fixed date";

// Own rounds
pub const ADD_ROUND: &str = "+ Add another round…";
pub const NEW_ROUND: &str = "New congress round";
pub const ROUND_NAME: &str = "Round name";
pub const ROUND_NAME_HINT: &str = "For example: 2030–2035 term";
pub const SAVE_ROUND: &str = "Save the round and select it";

pub fn round_cut_off_label(level: Level) -> String {
    format!("Cut-off date – {} (day/month/year)", level_name(level))
}

pub fn round_input_error(e: RoundInputError) -> String {
    match e {
        RoundInputError::NameMissing => "Enter the round name.".to_string(),
        RoundInputError::NoCutOff => "Enter a cut-off date for at least one level.".to_string(),
        RoundInputError::CutOff(level, d) => format!("{}: {}", level_name(level), date_error(d)),
    }
}

// Deleting a congress
pub const DELETE_CONGRESS: &str = "Delete this notebook…";
pub const DELETE_CONGRESS_YES: &str = "Delete notebook";

pub fn confirm_delete_congress(name: &str) -> String {
    format!("Delete the notebook “{name}” from this browser? You can undo this right after deleting.")
}

pub fn congress_deleted(name: &str) -> String {
    format!("Notebook “{name}” deleted.")
}

// Editing the congress
pub const EDIT_CONGRESS: &str = "Edit congress details";
pub const PILOT: &str = "Pilot congress (held early, by the upper union's own deadline)";
pub const PILOT_CUT_OFF: &str = "Cut-off date of the pilot congress (day/month/year)";
pub const PILOT_LABEL: &str = "pilot congress";
pub const DATE_MOVE_NOTE: &str =
    "If you change the congress date, the deadlines counted from it move with it; tasks with a fixed date stay as they are.";

// Storage problems and the quarantine
pub const STORAGE_TITLE: &str = "Data in the browser";
pub const QUARANTINE_EXPLAIN: &str =
    "The app has kept an intact copy of the unreadable data and deleted nothing. You can download the copy to send to someone who can help, then carry on working.";
pub const QUARANTINE_DOWNLOAD: &str = "Download the copy";
pub const QUARANTINE_DISCARD: &str = "Delete the copy…";
pub const QUARANTINE_CONFIRM: &str = "Delete this copy from the browser for good? This cannot be undone.";
pub const QUARANTINE_CONFIRM_YES: &str = "Delete the copy";
pub const QUARANTINE_CONFIRM_NO: &str = "Keep it";
pub const DISMISS: &str = "Got it";

pub fn quarantine_entry(saved_at: &str) -> String {
    format!("Copy of unreadable data, kept at {saved_at}")
}

pub fn quarantine_file_name(today: NaiveDate) -> String {
    format!("daihoi-du-lieu-khong-doc-duoc-{:04}-{:02}-{:02}.txt", today.year(), today.month(), today.day())
}

fn what(key: &str) -> &'static str {
    if key.ends_with("/manifest") {
        "the notebook list"
    } else if key.ends_with("/rounds") {
        "the list of congress rounds added by hand"
    } else {
        "a congress notebook"
    }
}

pub fn load_problem(p: &LoadProblem) -> String {
    match p {
        LoadProblem::Quarantined { key, reason, .. } => {
            format!("Could not read {} stored in this browser: {}", what(key), unreadable(reason))
        }
        LoadProblem::CopyFailed { key, reason, .. } => format!(
            "Could not read {} ({}) and the browser storage has no room left to keep a copy. The app will not overwrite it; free up some storage, then reload the page.",
            what(key),
            unreadable(reason)
        ),
        LoadProblem::Missing { .. } => {
            "A notebook is in the list, but its data is no longer in the browser.".to_string()
        }
        LoadProblem::FoundAgain { count } => {
            if *count == 1 {
                "The notebook list in the browser was lost or damaged; 1 notebook was recovered from the data still stored and put back in the list.".to_string()
            } else {
                format!(
                    "The notebook list in the browser was lost or damaged; {count} notebooks were recovered from the data still stored and put back in the list."
                )
            }
        }
        LoadProblem::NewerVersion { version, .. } => format!(
            "Some data was written by a newer version of the app (schema {version}; this version reads schema {}). That data is left untouched.",
            crate::storage::keys::SCHEMA_VERSION
        ),
        LoadProblem::Unavailable(_) => {
            "The browser does not allow saving data (it may be in private mode or have storage blocked). What you enter will be lost when you close the page.".to_string()
        }
    }
}

fn unreadable(reason: &UnreadableReason) -> String {
    match reason {
        UnreadableReason::Corrupt(_) => "the data is damaged or not in the right format.".to_string(),
        UnreadableReason::NotText => "the data is not valid text.".to_string(),
    }
}

pub fn save_error(e: &SaveError) -> &'static str {
    match e {
        SaveError::Full => "Browser storage is full: your last change has NOT been saved. Data saved before that is intact. Do not close the page; free up storage, then try again.",
        SaveError::Protected(_) => "Could not save, because the storage spot holds unreadable data that the app has not yet managed to copy aside. That data is left as it is.",
        SaveError::Backend(_) => "Could not save to browser storage: your last change has not been saved.",
        SaveError::Conflict(_) => "This notebook was just saved in another tab (window) of the app, so your last change here has NOT been saved. Choose which version to keep.",
        SaveError::DeletedElsewhere(_) => "This item was just deleted in another tab (window), so your last change here was not saved.",
        SaveError::Halted(Halt::NewerVersion(_)) => HALTED_NEWER,
        SaveError::Halted(Halt::WipedElsewhere) => HALTED_WIPED,
    }
}

// When this tab stops writing, and changes another tab's deletion overruled
pub const HALTED_NEWER: &str = "A newer version of the app has written data in this browser. This tab has stopped saving so as not to damage that data; what is on screen is still here. Download a backup of what is shown if needed, then reload the page to use the new version.";
pub const HALTED_WIPED: &str = "All of the app's data was just deleted in another tab (window). This tab has dropped what it was holding and will not save anything more.";
pub const DOWNLOAD_SHOWN: &str = "Download a backup of what is shown";
pub const RELOAD_PAGE: &str = "Reload page";

// A new build (the service worker, `ui::offline`)
pub const UPDATE_READY: &str = "A new version is available — reload to use it. Anything unsaved will be saved first.";
pub const UPDATE_ELSEWHERE: &str =
    "Congress Notebook was just updated in another tab. Reload this page to use the new version; anything unsaved will be saved first.";
pub const UPDATE_RELOAD: &str = "Reload";

// Installing the app, and a messaging app's browser (`ui::install`)
pub const INSTALL_OFFER: &str =
    "Install Congress Notebook on this device to open it quickly like an app, even without internet; the browser also keeps its data for longer.";
pub const INSTALL_YES: &str = "Install app";
pub const INSTALL_NO: &str = "No, thanks";
pub const INSTALL_IOS: &str =
    "To install Congress Notebook on iPhone or iPad: tap the Share button (in Safari: the square with an up arrow in the bottom bar; in Chrome: in the address bar), then choose “Add to Home Screen”. Once it is installed, data is kept for longer.";
pub const IN_APP_BROWSER: &str =
    "You are opening Congress Notebook inside Zalo, Facebook or Instagram. Data saved here may be deleted and is not available in Chrome or Safari. Open it in a browser instead: tap the ⋯ or ⋮ button in the top corner and choose “Open in browser” (or “Open in Chrome”, “Open in Safari”).";
pub fn persisted_line(kept: Option<bool>) -> &'static str {
    match kept {
        Some(true) => "The browser has agreed to keep the app's data long-term.",
        Some(false) => "The browser has not promised to keep data long-term: it may delete it when the device runs low on space. Installing the app on the device helps keep the data.",
        None => "This browser does not say whether it keeps data long-term.",
    }
}
pub const UPDATE_UNSAVED: &str = "Not reloaded: some changes could not be saved yet (see the message above). Deal with that message first; your data is still intact.";

// Screens loaded on first use
pub const SCREEN_LOADING: &str = "Loading screen…";
pub const CHUNK_OFFLINE: &str = "Could not load this screen because the device is offline. Your data is not affected; try again when you are back online.";
pub const CHUNK_UPGRADED: &str = "Could not load this screen: the app may have just been updated on the server. Your data is not affected; try again or reload the page (anything unsaved will be saved first).";
/// An action whose code is fetched on first use (a backup, a unit file) could not fetch it.
pub const CODE_OFFLINE: &str = "Could not create the file because the device is offline and the part that creates files has not been downloaded yet. Your data is not affected; click again when you are back online.";
pub const CODE_UPGRADED: &str = "Could not create the file: the app may have just been updated on the server. Your data is not affected; click again or reload the page (anything unsaved will be saved first).";
pub const TRY_AGAIN: &str = "Try again";
pub fn lost_change(name: &str) -> String {
    format!(
        "“{name}” was just deleted in another tab (window), so the unsaved change here was not recorded. You can download that change as a file (it can be imported again if needed)."
    )
}
pub const LOST_DOWNLOAD: &str = "Download unsaved change";

// The data in this browser
pub const DATA_TITLE: &str = "Data in this browser";
pub const LOCAL_ONLY: &str =
    "Everything you enter stays only in this browser on this device: it is not sent online and does not move to other devices by itself. If you clear browsing data or use another device, it is gone; back up regularly.";
pub const DELETE_ALL: &str = "Delete all data on this device…";
pub const DELETE_ALL_CONFIRM: &str =
    "All of the app's notebooks, self-added rounds, copies of damaged data and the loaded list of units for the upper union in this browser will be deleted for good. This cannot be undone. It is best to back up first.";
pub const BACKUP_FIRST: &str = "Back up first";
pub const DELETE_ALL_YES: &str = "Delete all data";
pub const DELETED_ALL: &str = "All Congress Notebook data on this device has been deleted.";
pub const BACKUP_DUE: &str =
    "Your data has changed and has not been backed up for more than 7 days. The browser may lose data; download a backup and keep it somewhere safe.";
pub const BACKUP_NOW: &str = "Back up now";
pub const FULL_EXPORT_HINT: &str =
    "All changes stay on screen until you close the page: download a backup now to keep them.";

pub fn persist_result(kept: bool) -> &'static str {
    if kept {
        "Data is stored only in this browser on this device. The browser has agreed to keep it long-term, but you should still back up regularly."
    } else {
        "Data is stored only in this browser on this device, and the browser has not promised to keep it long-term (it may delete it when the device runs low on space or when the page is not opened for a long time). Back up regularly."
    }
}

/// "9,026 characters (0.2%)" with English separators.
fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn usage_line(u: Usage) -> String {
    let limit = STORAGE_LIMIT_CHARS;
    let tenths = (u.app_chars * 1000 / limit) as u64;
    let free = limit.saturating_sub(u.site_chars);
    format!(
        "The app uses {} characters ({}.{}%) of the roughly {} characters the browser allows; about {} characters are free.",
        count(u.app_chars),
        tenths / 10,
        tenths % 10,
        count(limit),
        count(free)
    )
}

// Two tabs
pub const CHANGED_ELSEWHERE: &str =
    "The data was just changed in another tab (window) of the app; the screen has been updated to match.";
pub const KEEP_THEIRS: &str = "Use the version in the other tab";
pub const KEEP_MINE: &str = "Keep the version in this tab";

// Footer
pub fn footer_version(version: &str) -> String {
    format!("{APP_NAME} · version {version}")
}
pub const FOOTER_PRIVACY: &str = "Data is stored only in the browser on this device and is not sent anywhere.";

// Screens of an open congress
pub const SCREEN_NAV: &str = "Screens";
pub const SCREEN_CHECKLIST: &str = "Tasks";
pub const SCREEN_DOCUMENTS: &str = "Documents";

// Documents
pub const DOCUMENTS_TITLE: &str = "Congress documents";
pub const DOCUMENTS_NONE: &str = "No congress documents yet. Choose a document type, then click “Create from outline”.";
pub const NEW_DOCUMENT_KIND: &str = "Document type";
pub const NEW_DOCUMENT: &str = "Create from outline";
pub const OPEN_DOCUMENT: &str = "Open";
pub const BACK_TO_DOCUMENTS: &str = "← Document list";
pub const DRAFT_SAVED: &str = "Saved";
pub const DRAFT_SAVING: &str = "Saving…";
pub const DRAFT_SAVE_FAILED: &str = "Not saved yet";
pub const DRAFT_HEADING: &str = "Document type name (in capitals)";
pub const DRAFT_TITLE: &str = "Subject summary";
pub const DRAFT_SYMBOL: &str = "Document type code";
pub const DRAFT_SYMBOL_NONE: &str = "Not numbered";
pub const DRAFT_NUMBER: &str = "Document number";
pub const DRAFT_NUMBER_HINT: &str = "Leave blank if no number has been given yet";
pub const DRAFT_DATE: &str = "Signing date (day/month/year)";
pub const DRAFT_DATE_HINT: &str = "Leave blank to use the congress date";
pub const DRAFT_STATUS: &str = "Status";
pub const DRAFT_TASK: &str = "Task linked to this document";
pub const DRAFT_TASK_NONE: &str = "None";
pub const DRAFT_TASK_HINT: &str = "When the document is final, this task is marked done.";
pub const SECTION_BODY_HINT: &str = "Each line is a paragraph; a line starting with “- ” is a bullet point.";
pub const SECTION_HEADING: &str = "Section heading";
pub const ADD_SECTION: &str = "Add section";
pub const NEW_SECTION: &str = "New section";
pub const TARGETS_IN_SECTION: &str = "The targets below come from the Term targets table and are placed in the document after this section:";
pub const NO_TARGETS_YET: &str = "No targets yet: add them on the Documents screen, under Term targets.";
pub const EXPORT_DOCX: &str = "Export Word file (.docx)";
pub const PRINT_DOCUMENT: &str = "Print document";
pub const DELETE_DOCUMENT: &str = "Delete document";
pub const DELETE_DOCUMENT_YES: &str = "Delete for good";
pub const BEFORE_RESTORE: &str = "Before restoring";
pub const BEFORE_IMPORT: &str = "Before importing a file";
pub const EXPORT_INCLUDE_DRAFTS: &str = "Include the congress documents (current versions; with the brief profiles of those elected, without the nomination list or each person's vote count)";

pub fn import_drafts(n: usize) -> String {
    if n == 1 {
        format!("{n} congress document")
    } else {
        format!("{n} congress documents")
    }
}
pub const VERSIONS_TITLE: &str = "Versions";
pub const VERSION_NAME: &str = "Version name";
pub const VERSION_NAME_HINT: &str = "For example: First copy sent to the upper union";
pub const KEEP_VERSION: &str = "Save version";
pub const VERSIONS_NONE: &str = "No versions saved yet. Each time the status changes, the app saves a version automatically.";
pub const COMPARE: &str = "Compare with the current version";
pub const RESTORE_VERSION: &str = "Restore this version";
pub const CLOSE_COMPARE: &str = "Close comparison";
pub const COMPARE_LEGEND: &str = "Paragraphs marked + are new in the current version; − marks paragraphs of the saved version that were removed or changed.";
pub const COMPARE_SAME: &str = "No differences.";
pub const CHANGE_ADDED: &str = "Added: ";
pub const CHANGE_REMOVED: &str = "Removed: ";
pub const VERSION_AUTOMATIC: &str = "automatic";

pub fn draft_status_name(s: DraftStatus) -> &'static str {
    match s {
        DraftStatus::Draft => "Draft",
        DraftStatus::SentUpper => "Sent to the upper union",
        DraftStatus::CommentsReceived => "Comments received",
        DraftStatus::Final => "Final",
    }
}

pub fn words(n: usize) -> String {
    if n == 1 {
        format!("{} word", thousands(n))
    } else {
        format!("{} words", thousands(n))
    }
}

pub fn draft_summary(status: DraftStatus, words_n: usize) -> String {
    format!("{} · {}", draft_status_name(status), words(words_n))
}

pub fn total_words(n: usize) -> String {
    format!("Total: {}", words(n))
}

/// 12345 → "12,345" (English groups thousands with a comma).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn versions_pruned(n: usize) -> String {
    if n == 1 {
        format!(
            "Deleted the oldest version: each document keeps at most {} versions so that browser storage does not fill up.",
            crate::model::draft::MAX_VERSIONS
        )
    } else {
        format!(
            "Deleted the {n} oldest versions: each document keeps at most {} versions so that browser storage does not fill up.",
            crate::model::draft::MAX_VERSIONS
        )
    }
}

pub fn version_kept(name: &str) -> String {
    format!("Saved version “{name}”.")
}

pub fn version_restored(name: &str) -> String {
    format!("Restored version “{name}”. The text before it was saved as version “{BEFORE_RESTORE}”.")
}

pub fn confirm_delete_document(title: &str) -> String {
    format!("Delete the document “{title}” and its versions?")
}

pub fn document_deleted(title: &str) -> String {
    format!("Deleted the document “{title}”.")
}

pub const DRAFT_DATE_ERROR: &str = "The date must be in day/month/year form, for example 05/02/2023.";

// Document header and targets
pub const LETTERHEAD_TITLE: &str = "Document header (shared by all congress documents)";
pub const LETTERHEAD_UPPER: &str = "Superior body";
pub const LETTERHEAD_ISSUER: &str = "Issuing body";
pub const LETTERHEAD_PLACE: &str = "Place name (where signed)";
pub const LETTERHEAD_PLACE_HINT: &str = "For example: Sa Pa";
pub const LETTERHEAD_SUFFIX: &str = "Abbreviation after the type code (document number)";
pub const LETTERHEAD_SUFFIX_HINT: &str = "For example: CDCS for “No. 12/BC-CDCS”";
pub const LETTERHEAD_TERM: &str = "Term";
pub const LETTERHEAD_SIGNER: &str = "Signer (President)";
pub const LETTERHEAD_SAVE: &str = "Save header";
pub const LETTERHEAD_SAVED: &str = "Header saved.";
pub const LETTERHEAD_ISSUER_MISSING: &str = "Enter the name of the issuing body.";

pub fn letterhead_error(e: LetterheadInputError) -> &'static str {
    match e {
        LetterheadInputError::IssuerMissing => LETTERHEAD_ISSUER_MISSING,
    }
}

pub const TARGETS_TITLE: &str = "Term targets";
pub const TARGETS_NOTE: &str = "Enter them once; the targets appear automatically in part II of the term report and in the resolution.";
pub const TARGETS_NONE: &str = "No targets yet.";
pub const TARGETS_SAMPLE: &str = "Add sample targets";
pub const TARGET_TEXT: &str = "Target description";
pub const TARGET_MEASURE: &str = "Type";
pub const TARGET_VALUE: &str = "Value";
pub const TARGET_AT_LEAST: &str = "This level or higher";
pub const TARGET_UNIT: &str = "Unit of measure";
pub const TARGET_PERIOD: &str = "Period";
pub const TARGET_ADD: &str = "Add target";
pub const TARGET_SAVE: &str = "Save target";
pub const TARGET_EDIT: &str = "Edit";
pub const TARGET_DELETE: &str = "Delete";
pub const TARGET_UP: &str = "Move up";

pub fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Percent => "Percentage (%)",
        Measure::Number => "Number",
        Measure::Text => "Rating / text",
    }
}

pub fn period_name(p: Period) -> &'static str {
    match p {
        Period::PerYear => "Every year",
        Period::Term => "Whole term",
    }
}

pub fn target_error(e: TargetInputError) -> &'static str {
    match e {
        TargetInputError::TextMissing => "Enter the target description.",
        TargetInputError::ValueMissing => "Enter a value.",
        TargetInputError::NotPercent => "A percentage must be a number from 0 to 100, for example 95 or 95.5.",
        TargetInputError::NotNumber => "A quantity must be a number, for example 5.",
    }
}

pub fn target_row_label(n: usize) -> String {
    format!("Target {n}")
}

// The upper union's desk.
pub const DESK_BACKUP_NOT_UNIT: &str =
    "This is a browser backup, not a file sent by a unit. Import it under “Import a file” in the notebook, or ask the unit to send the file from “Export the file for the upper union”.";
pub const DESK_PLAN_NOT_UNIT: &str =
    "This is an upper union's plan file, not a file sent by a unit. Open it with the “Open a plan file” button in the plan section above.";
pub const YES: &str = "Yes";
pub const NO: &str = "No";
pub const DESK_DOC_NOT_SENT: &str = "Not sent";
pub const DESK_DOC_NOT_STARTED: &str = "Not started";
pub const DESK_OUT_OF_CYCLE: &str = "Outside any round";
pub const DESK_COL_UNIT: &str = "Unit";
pub const DESK_COL_LEVEL: &str = "Level";
pub const DESK_COL_KIND: &str = "Form";
pub const DESK_COL_PILOT: &str = "Pilot congress";
pub const DESK_COL_DATE: &str = "Congress date";
pub const DESK_COL_CUT_OFF: &str = "Cut-off date";
pub const DESK_COL_WITHIN: &str = "Within cut-off";
pub const DESK_COL_HELD: &str = "Held";
pub const DESK_COL_LATE: &str = "Late";
pub const DESK_COL_DONE: &str = "Tasks done";
pub const DESK_COL_APPLICABLE: &str = "Tasks required";
pub const DESK_COL_PROGRESS: &str = "Progress";
pub const DESK_COL_OVERDUE: &str = "Overdue tasks";
pub const DESK_COL_DOCUMENTS: &str = "Documents";
pub const DESK_COL_SENT: &str = "File sent on";
pub const DESK_COL_DAYS_SINCE: &str = "Days since sent";

/// A phase's column in the CSV: the share of its tasks done.
pub fn desk_phase_percent(phase: Phase) -> String {
    format!("{} (% done)", phase_name(phase))
}

/// A key document's short name, as a column of the upper union's table.
pub fn desk_document(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::TermReport => "Term report",
        DocumentKind::PersonnelPlan => "Personnel plan",
        DocumentKind::Resolution => "Resolution",
        _ => "Document",
    }
}

pub const DESK_OPEN: &str = "Upper union: track units";
pub const DESK_BACK: &str = "Back to the unit's notebook";
pub const DESK_NAV: &str = "Choose a workspace";
pub const DESK_TITLE: &str = "Track units (upper union)";
pub const DESK_HINT: &str = "Choose, or drag and drop, all the .json files the grassroots unions sent you (made with “Export the file for the upper union” in their notebook). One row per unit; if a unit sent several times, the newest file is kept. This does not change your own unit's notebook in this browser.";
pub const DESK_PICK_FILES: &str = "Choose the units' files (.json)";
pub const DESK_PICK_FOLDER: &str = "Or choose a whole folder";
pub const DESK_EMPTY: &str = "No files yet. Loaded files are kept in this browser (even after reloading the page) until you clear the list.";
pub const DESK_OPENING: &str = "Opening the saved list of units…";
pub const DESK_SAVING: &str = "Saving the files in the browser…";
pub const DESK_NOT_SAVED: &str = "This list has not been saved in the browser (see the message above).";
pub const DESK_NOT_KEPT_FULL: &str = "Browser storage is full: the files just loaded still show in the table but were not saved, and reloading the page will lose them. Free up space, then load them again.";
pub const DESK_NOT_KEPT: &str = "This browser does not allow saving the list of units (it may be in private mode): the table only lasts until you close or reload the page.";

/// Records of the kept batch this version cannot read.
pub fn desk_unreadable_kept(n: usize) -> String {
    if n == 1 {
        format!("{n} unit stored in this browser cannot be read (a newer version of the app may have written it). It is left as it is; changes now are only on screen and are not saved.")
    } else {
        format!("{n} units stored in this browser cannot be read (a newer version of the app may have written them). They are left as they are; changes now are only on screen and are not saved.")
    }
}

/// How much the kept batch uses.
pub fn desk_kept(units: usize, bytes: f64) -> String {
    let unit_word = if units == 1 { "unit" } else { "units" };
    if bytes < 1_048_576.0 {
        format!("Stored in this browser: {units} {unit_word}, {:.0} KB.", (bytes / 1024.0).ceil())
    } else {
        format!("Stored in this browser: {units} {unit_word}, {:.1} MB.", bytes / 1_048_576.0)
    }
}
pub const DESK_CLEAR: &str = "Clear the loaded list of units";
pub const DESK_CLEAR_YES: &str = "Clear list";
pub const DESK_TOTALS: &str = "Summary";
pub const DESK_TOTAL_UNITS: &str = "Units";
pub const DESK_TOTAL_HELD: &str = "Congress held";
pub const DESK_TOTAL_ON_SCHEDULE: &str = "On time";
pub const DESK_TOTAL_LATE: &str = "Late";
pub const DESK_TOTAL_OVERDUE: &str = "With overdue tasks";
pub const DESK_TOTAL_STALE: &str = "Not resent for over 14 days";
pub const DESK_SEARCH: &str = "Find a unit";
pub const DESK_FILTERS: &str = "Show only units";
pub const DESK_F_LATE: &str = "that are late";
pub const DESK_F_OVERDUE: &str = "with overdue tasks";
pub const DESK_F_PILOT: &str = "holding a pilot congress";
pub const DESK_F_DOCUMENTS: &str = "with documents not yet final";
pub const DESK_F_STALE: &str = "not resent for over 14 days";
pub const DESK_SEPARATOR: &str = "Column separator for Excel";
pub const DESK_SEPARATOR_SEMICOLON: &str = "Semicolon (;) — Excel set up in Vietnamese";
pub const DESK_SEPARATOR_COMMA: &str = "Comma (,) — Excel set up in English";
pub const DESK_SEPARATOR_NOT_KEPT: &str = "This choice could not be saved because browser storage is full or turned off; you will need to choose again next time.";
pub const DESK_CSV: &str = "Download table (CSV for Excel)";
pub const DESK_PRINT: &str = "Print table (A4 landscape)";
pub const DESK_TABLE: &str = "Congress status of the units";
pub const DESK_LATE: &str = "late";
pub const DESK_WITHIN: &str = "within cut-off";
pub const DESK_PILOT: &str = "Pilot congress";
pub const DESK_HELD: &str = "Held";
pub const DESK_STALE: &str = "Not sent for a long time";
pub const DESK_OPEN_UNIT: &str = "View notebook";
pub const DESK_UNIT_BACK: &str = "Back to the units table";
pub const DESK_UNIT_READ_ONLY: &str = "View only: the notebook as the unit sent it; it cannot be edited here.";
pub const DESK_UNIT_NOT_KEPT: &str = "Could not open this unit's file in the browser (the list may have been cleared or not saved). Load the file again.";
pub const DESK_UNIT_NO_DRAFTS: &str = "The file does not include any draft documents.";
pub const DESK_DOCX: &str = "Download Word (.docx)";
pub const DESK_PRINT_DRAFT: &str = "Print document";
pub const DESK_PRINT_UNIT: &str = "Print task list";

pub fn desk_open_unit(unit: &str) -> String {
    format!("View the notebook of {unit}")
}

pub fn desk_docx_of(title: &str) -> String {
    format!("Download Word (.docx): {title}")
}

pub fn desk_print_of(title: &str) -> String {
    format!("Print document: {title}")
}

/// A task's line in the read-only view: due day, status, and the day it was done.
pub fn desk_task_line(due: &str, status: &str, done_on: Option<&str>) -> String {
    match done_on {
        Some(day) => format!("Due {due} · {status} on {day}"),
        None => format!("Due {due} · {status}"),
    }
}

pub fn desk_assignee(who: &str) -> String {
    format!("In charge: {who}")
}

/// Where the read-only view comes from.
pub fn desk_unit_sent(file: &str, with_drafts: bool) -> String {
    if with_drafts {
        format!("File “{file}”, with draft documents.")
    } else {
        format!("File “{file}”, without draft documents.")
    }
}
pub fn desk_show_more(n: usize) -> String {
    if n == 1 {
        format!("Show {n} more unit")
    } else {
        format!("Show {n} more units")
    }
}
pub const DESK_SHOW_ALL: &str = "Show all";

/// Rows drawn of the rows that match.
pub fn desk_rows_shown(drawn: usize, total: usize) -> String {
    let rows = if drawn == 1 { "row" } else { "rows" };
    let units = if total == 1 { "unit" } else { "units" };
    format!("Showing the first {drawn} {rows} of {total} {units} (search, filters and sorting still cover every unit).")
}

/// Progress of a batch being read.
pub fn desk_reading(read: usize, total: usize) -> String {
    format!("Reading files: {read}/{total}")
}

pub fn desk_refused(n: usize) -> String {
    if n == 1 {
        format!("{n} file could not be read (the other files were still loaded):")
    } else {
        format!("{n} files could not be read (the other files were still loaded):")
    }
}

pub fn desk_duplicates(n: usize) -> String {
    if n == 1 {
        format!("{n} case of a unit sending more than one file: the newest file was kept")
    } else {
        format!("{n} cases of a unit sending more than one file: the newest file was kept")
    }
}

/// A unit sent twice: which file was kept.
pub fn desk_kept_newest(unit: &str, kept: &str, dropped: &str) -> String {
    format!("{unit}: kept “{kept}” (sent later), dropped “{dropped}”.")
}

pub fn desk_clear_confirm(n: usize) -> String {
    let units = if n == 1 { "unit" } else { "units" };
    format!("Remove {n} {units} from the table? The original files on this computer are not affected; to see them again, load the files again.")
}

pub fn desk_shown(shown: usize, total: usize) -> String {
    let units = if total == 1 { "unit" } else { "units" };
    if shown == total {
        format!("{total} {units}")
    } else {
        format!("Showing {shown} of {total} {units}")
    }
}

pub fn desk_progress(done: u32, applicable: u32) -> String {
    let percent = done * 100 / applicable.max(1);
    let tasks = if applicable == 1 { "task" } else { "tasks" };
    format!("{done}/{applicable} {tasks} ({percent}%)")
}

/// When a file was sent, and how long ago.
pub fn desk_sent(day: &str, days_ago: i64) -> String {
    match days_ago {
        0 => format!("{day} (today)"),
        n if n > 0 => {
            if n == 1 {
                format!("{day} (yesterday)")
            } else {
                format!("{day} ({n} days ago)")
            }
        }
        _ => day.to_string(),
    }
}

pub fn desk_csv_file_name(iso_day: &str) -> String {
    format!("daihoi-tonghop-{iso_day}.csv")
}

// Congress day (issue 13; no screen yet).

/// Whether the congress may sit, with the exact number needed.
/// The quorum of a sitting: the congress, or the new committee's first meeting.
pub fn quorum_line(q: crate::model::election::Quorum, present: u32, summoned: u32, meeting: bool) -> String {
    let what = if meeting { "meeting" } else { "congress" };
    let verdict = if q.met { "can go ahead" } else { "cannot go ahead yet" };
    format!("Present: {present}/{summoned}; at least {} needed (2/3 of those summoned): the {what} {verdict}.", q.needed)
}

pub fn quorum_error(e: crate::model::election::QuorumError) -> &'static str {
    use crate::model::election::QuorumError::*;
    match e {
        NobodySummoned => "Enter the number of people summoned (more than 0).",
        PresentAboveSummoned => "The number present cannot be more than the number summoned.",
    }
}

/// Which number of a tally is wrong; `names` are the candidates in ballot-list order.
pub fn tally_error(e: crate::model::election::TallyError, names: &[String]) -> String {
    use crate::model::election::TallyError::*;
    match e {
        NoSeats => "Enter the number of seats to fill (more than 0).".to_string(),
        CollectedAboveIssued => "More ballots were collected than were issued: check these two numbers again.".to_string(),
        ValidPlusInvalidNotCollected => "Valid ballots plus invalid ballots must equal the ballots collected.".to_string(),
        CandidateAboveValid(i) => format!(
            "The votes for {} are more than the number of valid ballots.",
            names.get(i).map_or_else(|| format!("candidate {}", i + 1), |n| n.clone())
        ),
        VotesAboveValidTimesSeats => "The total votes for all candidates are more than the number of valid ballots times the number of seats to fill.".to_string(),
    }
}

// Congress day: attendance and elections (the chunk `congress_day`).
pub const SCREEN_CONGRESS_DAY: &str = "Elections";
pub const DAY_TITLE: &str = "Congress day: attendance and elections";
pub const DAY_INTRO: &str = "Record how many people are present, draw up the ballot list and enter the vote count: the app checks the numbers and works out who is elected under the Charter. The data stays only in this browser (and in the backup file).";
pub const DAY_CONGRESS: &str = "Congress";
pub const DAY_FIRST_MEETING: &str = "First meeting of the new Executive Committee";
pub const DAY_SUMMONED: &str = "Number summoned";
pub const DAY_PRESENT: &str = "Number present";
pub const DAY_NUMBER_ERROR: &str = "Enter a whole number of 0 or more (digits only).";
pub const DAY_UNREADABLE: &str = "The saved election data of this congress cannot be read (it is damaged, or was written by a newer version of the app). The app leaves it as it is and does not overwrite it; changes made here will not be saved.";
pub const DAY_RELOAD: &str = "Reload the saved data";
pub const ELECTIONS_TITLE: &str = "Elections";
pub const ELECTIONS_NONE: &str = "No elections yet. Add the first one (usually the Executive Committee election) below.";
pub const ELECTION_ADD_TITLE: &str = "Add an election";
pub const ELECTION_BODY: &str = "Election of";
pub const ELECTION_SEATS: &str = "Seats to fill";
pub const ELECTION_BASE: &str = "Needed to be elected";
pub const ELECTION_ADD: &str = "Add election";
pub const ELECTION_DELETE: &str = "Delete this election";
pub const ELECTION_DELETE_CONFIRM: &str = "Delete for good (including the vote count)";
pub const ELECTION_SEATS_ERROR: &str = "The number of seats to fill must be a whole number greater than 0.";
pub const BALLOT_LIST_TITLE: &str = "Ballot list";
pub const BALLOT_LIST_NOTE: &str = "Sorted by given name, then family name, then middle name, then date of birth (Vietnamese alphabetical order).";
pub const BALLOT_LIST_EMPTY: &str = "Nobody is on the ballot list yet.";
pub const CANDIDATE_REMOVE: &str = "Remove from the list";
pub const CANDIDATE_ADD_TITLE: &str = "Add a person to the ballot list";
pub const CANDIDATE_PICK: &str = "Person already in the notebook";
pub const CANDIDATE_PICK_NONE: &str = "— Choose a person —";
pub const CANDIDATE_PICK_ADD: &str = "Add the chosen person";
pub const PERSON_FAMILY: &str = "Family name";
pub const PERSON_MIDDLE: &str = "Middle name";
pub const PERSON_GIVEN: &str = "Given name";
pub const PERSON_GENDER: &str = "Gender";
pub const PERSON_BORN: &str = "Year or date of birth";
pub const PERSON_BORN_HINT: &str = "1980 or 05/03/1980";
pub const PERSON_ADD: &str = "Add to the list";
pub const PERSON_CORRECT: &str = "Save name, gender, year of birth";
pub const PERSON_CORRECTED: &str = "Saved.";
pub const COUNT_TITLE: &str = "Vote count";
pub const COUNT_ISSUED: &str = "Ballots issued";
pub const COUNT_COLLECTED: &str = "Ballots collected";
pub const COUNT_VALID: &str = "Valid ballots";
pub const COUNT_INVALID: &str = "Invalid ballots";
pub const COUNT_SAVE: &str = "Save the vote count";
pub const COUNT_EDIT: &str = "Edit the vote count";
pub const COUNT_CHANGED_LIST: &str = "The ballot list has changed: the old vote count was discarded. Please enter it again.";
pub const RESULT_TITLE: &str = "Election results";
pub const RESULT_NAME: &str = "Full name";
pub const RESULT_VOTES: &str = "Votes";
pub const RESULT_PERCENT: &str = "Share (%)";
pub const RESULT_STANDING: &str = "Result";
pub const RESULT_ORDER: &str = "No.";
pub const FURTHER_ROUND: &str = "Open the next round";
pub const DAY_SAVED_ELSEWHERE: &str = "Another tab of the app has just saved this congress's election data, so your last change was not saved (so as not to overwrite it). Reload to see the latest data, then make the change again.";
pub const DAY_CONGRESS_GONE: &str = "This congress is no longer in the browser (it was deleted, perhaps in another tab): changes are not saved.";
pub const DAY_STORAGE_FULL: &str = "The browser storage is full: your last change was not saved. Download a backup, then delete some old data.";
pub const DAY_STORAGE_OFF: &str = "The browser does not allow saving (private mode, or blocked): your last change was not saved.";
pub const DAY_HALTED: &str = "The app has stopped saving in this tab (see the message at the top of the page): changes are not saved.";

pub const BALLOTS_TITLE: &str = "Enter ballots one by one (keyboard)";
pub const BALLOTS_HINT: &str = "Type the numbers (from the ballot list) of the names struck out on the ballot, separated by spaces, then press Enter; leave it empty if no name is struck out. The app works out whether the ballot is valid; for a ballot that is invalid for another reason, use the buttons below. A second person can enter the same ballots again to cross-check.";
pub const BALLOTS_WHO: &str = "Entered by";
pub const BALLOTS_FIRST: &str = "First person";
pub const BALLOTS_SECOND: &str = "Second person (enters them again to cross-check)";
pub const BALLOTS_ADD: &str = "Record ballot";
pub const BALLOTS_UNDO: &str = "Delete the last ballot entered";
pub const BALLOTS_USE: &str = "Use this as the vote count";
pub const BALLOTS_NOT_MATCHING: &str = "The two entries do not match yet: check the ballots that differ before using the result.";
pub const BALLOTS_NONE: &str = "No ballots entered yet.";

/// The label of the field for the next ballot.
pub fn ballot_field_label(number: usize) -> String {
    format!("Ballot {number}: numbers of the names struck out")
}

pub fn invalid_reason_name(r: crate::model::ballots::InvalidReason) -> &'static str {
    use crate::model::ballots::InvalidReason::*;
    match r {
        AllStruck => "all names struck out",
        TooManyKept => "more names kept than seats to fill",
        NameAdded => "a name written in",
        NotStamped => "not issued by the Vote-counting Board (no stamp)",
        Marked => "has an identifying mark",
    }
}

/// The button entering an invalid ballot of a reason the app cannot see from the names.
pub fn invalid_button(r: crate::model::ballots::InvalidReason) -> String {
    format!("Invalid ballot: {}", invalid_reason_name(r))
}

pub fn ballot_input_error(e: &crate::model::ballots::BallotInputError) -> String {
    use crate::model::ballots::BallotInputError::*;
    match e {
        NotANumber(w) => format!("“{w}” is not a list number: type only numbers, separated by spaces."),
        NotOnList(n) => format!("No name on the ballot list has the number {n}."),
        Repeated(n) => format!("The number {n} was typed twice."),
    }
}

/// One line of the entry log: "Ballot 12: struck out 1, 3 — valid".
pub fn ballot_log_line(number: usize, struck: &[usize], invalid: Option<crate::model::ballots::InvalidReason>) -> String {
    let names = if struck.is_empty() { "no name struck out".to_string() } else { format!("struck out {}", struck.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ")) };
    match invalid {
        None => format!("Ballot {number}: {names} — valid"),
        Some(r) => format!("Ballot {number}: {names} — invalid ({})", invalid_reason_name(r)),
    }
}

/// "120 ballots entered: 118 valid, 2 invalid (all names struck out: 1; has an identifying mark: 1)."
pub fn ballots_summary(t: &crate::model::ballots::BallotTotals) -> String {
    let entered = t.valid + t.invalid_total();
    let reasons: Vec<String> = crate::model::ballots::InvalidReason::ALL
        .iter()
        .zip(t.invalid)
        .filter(|(_, n)| *n > 0)
        .map(|(r, n)| format!("{}: {n}", invalid_reason_name(*r)))
        .collect();
    let why = if reasons.is_empty() { String::new() } else { format!(" ({})", reasons.join("; ")) };
    let ballots = if entered == 1 { "ballot" } else { "ballots" };
    format!("{entered} {ballots} entered: {} valid, {} invalid{why}.", t.valid, t.invalid_total())
}

/// How the two entries compare.
pub fn ballots_comparison(first: usize, second: usize, differing: &[usize]) -> String {
    let first_ballots = if first == 1 { "ballot" } else { "ballots" };
    if differing.is_empty() {
        return format!("The two entries match: {first} {first_ballots}.");
    }
    let second_ballots = if second == 1 { "ballot" } else { "ballots" };
    let list: Vec<String> = differing.iter().take(20).map(|n| n.to_string()).collect();
    let more = if differing.len() > 20 {
        let others = differing.len() - 20;
        if others == 1 { format!(" and {others} other ballot") } else { format!(" and {others} other ballots") }
    } else {
        String::new()
    };
    let which = if differing.len() == 1 { "ballot" } else { "ballots" };
    format!(
        "The two entries differ on {which} {}{more} (first entry {first} {first_ballots}, second entry {second} {second_ballots}).",
        list.join(", ")
    )
}

pub const PRINT_BALLOTS: &str = "Print the list and ballots";
pub const PRINT_BALLOT_TITLE: &str = "BALLOT";
pub const PRINT_LIST_TITLE: &str = "BALLOT LIST";
pub const PRINT_BALLOT_HOW: &str = "Leave the names of the people you vote for; strike through the full name of each person you do not vote for. Do not write in any names or make any other marks.";

/// "Election of Executive Committee: 9 people", on the printed list and ballot.
pub fn print_seats_line(e: &crate::model::congress_day::Election) -> String {
    let people = if e.seats == 1 { "person" } else { "people" };
    format!("Election of {}: {} {people}", body_name(e.body), e.seats)
}

pub fn body_name(b: crate::model::congress_day::Body) -> &'static str {
    use crate::model::congress_day::Body::*;
    match b {
        Executive => "Executive Committee",
        ChairAtCongress => "Union President (elected directly at the congress)",
        Delegates => "Delegates to the upper union's congress",
        Alternates => "Alternate delegates",
        Standing => "Standing Committee",
        Chair => "Union President",
        Deputies => "Union Vice-Presidents",
        Inspection => "Inspection Committee",
        InspectionChair => "Chair of the Inspection Committee",
    }
}

pub fn sitting_name(s: crate::model::congress_day::Sitting) -> &'static str {
    match s {
        crate::model::congress_day::Sitting::Congress => "at the congress",
        crate::model::congress_day::Sitting::FirstMeeting => "at the first meeting of the new Executive Committee",
    }
}

pub fn base_name(b: crate::model::congress_day::Base) -> &'static str {
    use crate::model::congress_day::Base::*;
    match b {
        Collected => "More than half of the ballots collected (Charter, default)",
        Valid => "More than half of the valid ballots",
        Summoned => "More than half of the people summoned",
    }
}

pub fn gender_name(g: crate::model::congress_day::Gender) -> &'static str {
    match g {
        crate::model::congress_day::Gender::Male => "Male",
        crate::model::congress_day::Gender::Female => "Female",
    }
}

/// "Mr Nguyen Van An" or "Ms Le Thi Anh", with the date or year of birth if known.
pub fn ballot_name(p: &crate::model::congress_day::Person) -> String {
    let title = match p.gender {
        crate::model::congress_day::Gender::Male => "Mr",
        crate::model::congress_day::Gender::Female => "Ms",
    };
    if p.born.is_empty() { format!("{title} {}", p.full_name()) } else { format!("{title} {} ({})", p.full_name(), p.born) }
}

/// "Election of Executive Committee, round 2: 3 people, at the congress".
/// The name of a result table's scrolling box, one per election on the screen.
pub fn result_region(body: crate::model::congress_day::Body, round: u32) -> String {
    let round = if round > 1 { format!(", round {round}") } else { String::new() };
    format!("{RESULT_TITLE}: {}{round}", body_name(body))
}

pub fn election_heading(e: &crate::model::congress_day::Election) -> String {
    let round = if e.round > 1 { format!(", round {}", e.round) } else { String::new() };
    let people = if e.seats == 1 { "person" } else { "people" };
    format!("Election of {}{round}: {} {people}, {}", body_name(e.body), e.seats, sitting_name(e.body.sitting()))
}

pub fn person_error(e: crate::model::congress_day::PersonInputError) -> &'static str {
    use crate::model::congress_day::PersonInputError::*;
    match e {
        NoFamilyName => "Enter the family name.",
        NoGivenName => "Enter the given name.",
        Born => "Enter a year of birth like 1980, or a date of birth like 05/03/1980 (year from 1900 to 2100).",
        ListInUse => "This cannot be changed: it would change the order of names on ballots already entered or counted. Only spelling fixes that keep the order can be made.",
        Gone => "This person is no longer in the notebook (perhaps removed in another tab). Reload the page.",
    }
}

/// Why an election cannot be opened, or its list or count changed.
pub fn election_refusal(r: crate::model::congress_day::ElectionRefusal) -> &'static str {
    use crate::model::congress_day::ElectionRefusal::*;
    match r {
        AlreadyOpen => "This election already exists. If seats are still unfilled, hold the next round from its results; if it was entered by mistake, delete the old election first.",
        ChairTwice => "The Union President is elected either at the congress or at the first meeting of the Executive Committee, not at both.",
        ElectedBefore => "This person was elected in an earlier round, so they do not go on this round's list.",
        LaterRound => "A next round has already been opened from this round's results: to change this round's list, ballots or results, or to delete this round, delete the later round first.",
    }
}

/// What is wrong with a count; `names` are the candidates in the order of the count's votes.
pub fn count_error(e: crate::model::congress_day::CountError, names: &[String]) -> String {
    use crate::model::congress_day::CountError::*;
    match e {
        Tally(t) => tally_error(t, names),
        IssuedAbovePresent => "More ballots were issued than there are people present: check the ballots issued, or the number present above.".to_string(),
        NoSummoned => "What is needed to be elected is based on the number summoned: enter the number summoned above.".to_string(),
        CollectedAboveSummoned => "More ballots were collected than people were summoned: please check again.".to_string(),
    }
}

/// A number of the count form that is missing or not a number.
pub fn count_number_error(label: &str) -> String {
    format!("{label}: enter a whole number of 0 or more.")
}

/// "Votes for Ms Le Thi Anh".
pub fn votes_label(name: &str) -> String {
    format!("Votes for {name}")
}

/// The line above a result: the base and the least number of votes to be elected.
pub fn result_base_line(base: crate::model::congress_day::Base, base_count: u32, needed: u32) -> String {
    use crate::model::congress_day::Base::*;
    let of = match base {
        Collected => "the ballots collected",
        Valid => "the valid ballots",
        Summoned => "the people summoned",
    };
    let votes = if needed == 1 { "vote" } else { "votes" };
    format!("Elected with more than half of {of} ({base_count}), that is at least {needed} {votes}; those with more votes are elected first.")
}

pub fn standing_name(s: crate::model::congress_day::Standing) -> &'static str {
    use crate::model::congress_day::Standing::*;
    match s {
        Elected => "Elected",
        Tied => "Tied for the last seat",
        NotElectedOver => "Not elected (more than half, but all seats were already filled)",
        NotElected => "Not elected",
    }
}

/// The result in one sentence: all seats filled, or how many are left and why.
pub fn result_summary(elected: usize, seats: u32, tied: &[String]) -> String {
    let left = seats as usize - elected;
    if left == 0 {
        return format!("All seats filled: {seats}/{seats} elected.");
    }
    let left_seats = if left == 1 { "seat" } else { "seats" };
    let mut line = format!("Only {elected}/{seats} elected so far; {left} {left_seats} still to fill.");
    if !tied.is_empty() {
        line.push_str(&format!(
            " {} are tied for the last place: hold a new vote among them for the {left} remaining {left_seats}.",
            tied.join(", ")
        ));
    } else {
        line.push_str(" You can hold another round for the remaining seats, or the congress can decide to leave them vacant.");
    }
    line
}

// The upper union's plan, as a unit takes it in.
pub const PLAN_PICK_REGION: &str = "The upper union's plan";
pub const PLAN_PICK_TITLE: &str = "The upper union's plan file";
pub const PLAN_PICK_UNIT: &str = "Your unit in the plan";
pub const PLAN_PICK_CHOOSE: &str = "— Choose a unit —";
pub const PLAN_NO_UNIT: &str = "Choose your unit from the plan's list.";
pub const PLAN_GUIDANCE: &str = "The upper union's guidance document says:";
pub const PLAN_APPLY_NOTE: &str =
    "Unit code, round and cut-off date, pilot congress, congress format and task deadlines follow the upper union's plan. A task whose deadline your unit changed keeps your unit's deadline and is marked “Differs from the upper union's plan”. The unit name and congress date do not change.";
pub const PLAN_CREATE_TITLE: &str = "Or create a new notebook from the plan";
pub const PLAN_CREATE: &str = "Create a notebook from the plan";
pub const PLAN_CONFERENCE: &str = "conference instead of congress";
pub const PLAN_OPEN_CHANGED: &str = "The open notebook has changed since the plan file was opened. Nothing was changed: open the plan file again.";

/// "Ward X Trade Union · 12 units · Term 2025–2030, cut-off 31/12/2025 · issued 02/06/2025".
pub fn plan_summary(plan: &crate::model::upper_plan::UnionPlan, issued_at: &str) -> String {
    let round = match &plan.round {
        Some(r) => match r.cut_off(plan.level) {
            Some(cut) => format!("{}, cut-off {}", r.name, format_dmy(cut)),
            None => r.name.clone(),
        },
        None => DESK_OUT_OF_CYCLE.to_string(),
    };
    let sent = crate::model::desk::sent_on(issued_at).map(|d| format!(" · issued {}", format_dmy(d))).unwrap_or_default();
    let units = if plan.units.len() == 1 { "unit" } else { "units" };
    format!("{} · {} {units} ({}) · {}{}", plan.upper_union, count(plan.units.len()), level_name(plan.level), round, sent)
}

/// "BT01 — Ket Doan School Trade Union (pilot congress, cut-off 15/10/2025; conference instead of congress)".
pub fn plan_unit_choice(unit: &crate::model::upper_plan::PlanUnit, cut_off: Option<NaiveDate>) -> String {
    let mut notes = Vec::new();
    if unit.pilot_cut_off.is_some() {
        notes.push(format!("pilot congress, cut-off {}", cut_off.map(format_dmy).unwrap_or_default()));
    }
    if unit.conference {
        notes.push(PLAN_CONFERENCE.to_string());
    }
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) };
    format!("{} — {}{}", unit.code, unit.name, notes)
}

pub fn plan_apply_open(unit_name: &str) -> String {
    format!("Apply to the open notebook: {unit_name}")
}

pub fn plan_applied(followed: usize, departures: usize) -> String {
    let own = if departures == 0 {
        String::new()
    } else if departures == 1 {
        format!(" {} task keeps the unit's own deadline (marked “Differs from the upper union's plan” in the task list).", count(departures))
    } else {
        format!(" {} tasks keep the unit's own deadline (marked “Differs from the upper union's plan” in the task list).", count(departures))
    };
    if followed == 1 {
        format!("The upper union's plan has been applied: {} task follows the deadline the upper union set.{own}", count(followed))
    } else {
        format!("The upper union's plan has been applied: {} tasks follow the deadlines the upper union set.{own}", count(followed))
    }
}

pub fn plan_apply_error(e: crate::model::upper_plan::ApplyError, open: Level) -> String {
    use crate::model::upper_plan::ApplyError;
    match e {
        ApplyError::UnknownCode => PLAN_NO_UNIT.to_string(),
        ApplyError::OtherLevel { plan } => format!(
            "This plan is for the congress of a {}, but the open notebook is for a {}. Nothing was changed.",
            level_name(plan).to_lowercase(),
            level_name(open).to_lowercase()
        ),
    }
}

pub const EDIT_PLAN_HINT: &str =
    "Have a plan file from your upper union? Open it under “Import a file” to apply it to this notebook; any task whose deadline you changed keeps your deadline.";
pub const CONFERENCE_INSTEAD: &str = "Hold a conference instead of a congress (approved by the upper union)";

/// "Following the plan of Ben Thanh Ward Trade Union (issued 02/06/2025), unit code BT01."
pub fn plan_link_line(link: &crate::model::upper_plan::PlanLink) -> String {
    let sent = crate::model::desk::sent_on(&link.issued_at).map(|d| format!(" (issued {})", format_dmy(d))).unwrap_or_default();
    format!("Following the plan of {}{sent}, unit code {}. Import a newer plan file to update.", link.upper_union, link.code)
}

/// The note beside a task whose date departs from the upper union's plan.
pub fn plan_departure(days: i32) -> String {
    format!("Differs from the upper union's plan (the plan says: {})", due_rule(days))
}

// The upper union's plan, on the desk.
pub const PLAN_CARD_TITLE: &str = "The upper union's plan";
pub const PLAN_NONE: &str = "No plan yet. Make a plan (the list of units with their codes, rounds and cut-off dates, and the task deadlines), then send the plan file to the units: each unit opens the file in its own notebook, and the unit files sent back are matched by code.";
pub const PLAN_NEW: &str = "Make a plan";
pub const PLAN_EDIT: &str = "Edit plan";
pub const PLAN_DOWNLOAD: &str = "Download the plan file to send to the units";
pub const PLAN_OPEN_FILE: &str = "Open a plan file (.json)";
pub const PLAN_REPLACE: &str = "Replace plan";
pub const PLAN_NOT_A_PLAN: &str = "This is a unit's file (or a backup), not a plan file. Load the units' files in the “Choose the units' files” box.";
pub const PLAN_STORED_UNREADABLE: &str = "The plan saved in this browser cannot be read (perhaps a newer version of the app wrote it). The app leaves it as it is; a plan you make here only stays on screen until the page is reloaded.";
pub const PLAN_EDITOR_TITLE: &str = "Plan for the units";
pub const PLAN_EDITOR_HINT: &str = "The plan is saved in this browser. After saving, download the plan file and send it to the units (by Zalo, email…).";
pub const PLAN_UPPER_UNION: &str = "Name of the upper union (the one making the plan)";
pub const PLAN_LEVEL: &str = "Level of the units' congresses";
pub const PLAN_UNITS: &str = "Unit list";
pub const PLAN_UNITS_HINT: &str = "One unit per line: code; name; cut-off date if it is a pilot congress (dd/mm/yyyy); x if the unit may hold a conference instead of a congress. You can paste the columns straight from Excel.";
pub const PLAN_DUES: &str = "Task deadlines (days from the congress date)";
pub const PLAN_DUES_HINT: &str = "A negative number is before the congress date (-30: 30 days before), 0 is the congress date, a positive number is after. Units that receive the plan get these deadlines, except for tasks whose deadline the unit has changed itself.";
pub const PLAN_GUIDANCE_FIELD: &str = "Guidance documents (one per line)";
pub const PLAN_SAVE: &str = "Save plan";
pub const DESK_TOTAL_NOT_RECEIVED: &str = "File not sent";
pub const DESK_OUTSIDE_PLAN: &str = "Not in the plan";
pub const DESK_CONFERENCE: &str = "Conference instead of congress";
pub const DESK_COL_CODE: &str = "Unit code";
pub const DESK_COL_FILE: &str = "File";
pub const DESK_FILE_RECEIVED: &str = "Received";
pub const DESK_FILE_MISSING: &str = "Not received";

pub fn plan_line_error(line: usize, e: crate::model::upper_plan::UnitLineError) -> String {
    use crate::model::upper_plan::{UnitLineError, MAX_CODE_CHARS};
    let what = match e {
        UnitLineError::NameMissing => "the unit name is missing after the code".to_string(),
        UnitLineError::BadCode => format!("the unit code must have 1–{MAX_CODE_CHARS} characters, with no spaces"),
        UnitLineError::DuplicateCode { first } => format!("the code is the same as on line {first}"),
        UnitLineError::PilotDate(d) => format!("pilot congress cut-off date: {}", date_error(d)),
        UnitLineError::ConferenceMark => "the fourth column must be empty or “x” (a conference instead of a congress)".to_string(),
    };
    format!("Unit list, line {line}: {what}.")
}

pub fn plan_due_error(title: &str) -> String {
    format!("The deadline of task “{title}” must be a whole number of days, for example -30.")
}

pub fn plan_error(e: &crate::model::upper_plan::PlanError, plan: &crate::model::upper_plan::UnionPlan) -> String {
    use crate::model::upper_plan::{PlanError, MAX_UNITS};
    match e {
        PlanError::UpperUnionMissing => "Enter the name of the upper union.".to_string(),
        PlanError::NoUnits => "Enter the unit list (at least one unit).".to_string(),
        PlanError::TooManyUnits => format!("A plan can have at most {} units.", count(MAX_UNITS)),
        PlanError::NameMissing { index } | PlanError::BadName { index } | PlanError::BadCode { index } | PlanError::DuplicateCode { index, .. } => {
            format!("Unit no. {} ({}) is not valid.", index + 1, plan.units.get(*index).map_or("", |u| u.code.as_str()))
        }
        PlanError::BadDue { task } => format!(
            "The deadline of task “{task}” is entered twice or is more than {} days away.",
            crate::model::task_form::MAX_OFFSET_DAYS
        ),
    }
}

pub fn plan_save_error(e: crate::storage::desk_plan::PlanSaveError) -> &'static str {
    use crate::storage::desk_plan::PlanSaveError;
    match e {
        PlanSaveError::Full => "Browser storage is full: the plan was not saved (it is still on screen and can be downloaded as a file). Free up some space, then save again.",
        PlanSaveError::Unavailable => "This browser does not allow saving (perhaps it is in private mode): the plan is kept only until the page is closed or reloaded; download the plan file to keep it.",
        PlanSaveError::Unreadable => PLAN_STORED_UNREADABLE,
    }
}

pub fn plan_replace_confirm(old: usize, new: usize, file: &str) -> String {
    let units = |n: usize| if n == 1 { "unit" } else { "units" };
    format!(
        "Replace the current plan ({} {}) with the plan in the file “{file}” ({} {})?",
        count(old),
        units(old),
        count(new),
        units(new)
    )
}

pub fn plan_opened(file: &str) -> String {
    format!("Opened the plan in the file “{file}”.")
}

pub fn desk_not_received(n: usize) -> String {
    format!("Units in the plan that have not sent a file: {}", count(n))
}

// The personnel plan
pub const SCREEN_PERSONNEL: &str = "Personnel";
pub const REMOVE: &str = "Remove";
pub const PLAN_TITLE: &str = "Personnel plan";
pub const PLAN_INTRO: &str = "The number of members, the planned structure and the nomination lists for the Executive Committee, the Standing Committee and the Inspection Committee. The app compares the structure with the targets and works out the surplus; an election opened on the Elections screen takes its list from here. Nominees' personal details stay only in this browser (and in the backup file and the Word files you export); the file sent to the upper union has only figures, and the profile list of those elected goes with the letter requesting recognition.";
pub const PLAN_SEATS_TITLE: &str = "Seats and surplus";
pub const PLAN_CAP: &str = "Maximum surplus (% of the seats to fill)";
pub const PLAN_FLOOR: &str = "Minimum surplus (% of the seats to fill; leave empty if none)";
pub const PLAN_PERCENT_ERROR: &str = "Enter a percentage from 0 to 100 (digits only).";
pub const PLAN_FLOOR_ERROR: &str = "The minimum surplus cannot be greater than the maximum surplus.";
pub const PLAN_CAP_EMPTY: &str = "Enter the maximum surplus (default 30).";
pub const PLAN_STRUCTURE_TITLE: &str = "Planned structure";
pub const PLAN_STRUCTURE_NONE: &str = "No structure targets yet. Add targets below (for example women at least 30%, under 40 at least 10%).";
pub const INDICATOR_KIND: &str = "Target for";
pub const INDICATOR_BODY: &str = "Applies to";
pub const INDICATOR_BODY_ALL: &str = "Every body in the plan";
pub const INDICATOR_AGE: &str = "Under what age (on the congress date)";
pub const INDICATOR_DEPARTMENT: &str = "Department or unit name";
pub const INDICATOR_TARGET: &str = "Minimum share (% of members)";
pub const INDICATOR_ADD: &str = "Add target";
pub const INDICATOR_AGE_ERROR: &str = "The age must be a whole number from 1 to 120.";
pub const INDICATOR_DEPARTMENT_ERROR: &str = "Enter the department or unit name.";
pub const STRUCTURE_COL_INDICATOR: &str = "Target";
pub const STRUCTURE_COL_NEEDED: &str = "Needed (at least)";
pub const STRUCTURE_COL_HAS: &str = "In the nomination list";
pub const STRUCTURE_COL_VERDICT: &str = "Assessment";
pub const STRUCTURE_COL_ELECTED: &str = "Among those elected";
pub const ELECTED_STRUCTURE_TITLE: &str = "Election results against the structure targets";

/// The heading of those elected against the indicators; said to be partial while seats remain.
pub fn elected_structure_title((elected, seats): (u32, u32)) -> String {
    if elected < seats {
        format!("{ELECTED_STRUCTURE_TITLE} ({elected} of {seats} elected so far; not the final result)")
    } else {
        ELECTED_STRUCTURE_TITLE.to_string()
    }
}

/// The caption of a body's table of those elected against the indicators.
pub fn elected_structure_caption(body: crate::model::congress_day::Body) -> String {
    format!("{}: election results against the targets", body_name(body))
}

/// The verdict of one indicator on those elected, and whether to warn.
pub fn elected_verdict(m: crate::model::personnel::Measured) -> (String, bool) {
    let people = |n: u32| if n == 1 { "1 person".to_string() } else { format!("{n} people") };
    let unknown = if m.unknown > 0 { format!(" ({} with no birth year)", people(m.unknown)) } else { String::new() };
    match m.short() {
        Some(short) if m.has + m.unknown >= m.needed.unwrap_or(0) => {
            (format!("Unclear: enter the birth year of {} to know (may be {} short)", people(m.unknown), people(short)), true)
        }
        Some(short) => (format!("Not met: {} short{unknown}", people(short)), true),
        None => (format!("Met{unknown}"), false),
    }
}
pub const STRUCTURE_NO_SEATS: &str = "Number of members not entered";
pub const STRUCTURE_MET: &str = "Met";
pub const NOMINEES_TITLE: &str = "Nomination list";
pub const NOMINEES_NONE: &str = "No one on the nomination list yet.";
pub const NOMINEE_ADD_TITLE: &str = "Add a person to the nomination list";
pub const NOMINEE_BODY: &str = "Nominated for";
pub const NOMINEE_PICK: &str = "Or choose someone already entered (for example someone on the Executive Committee list)";
pub const NOMINEE_PICK_NONE: &str = "(new person, enter below)";
pub const NOMINEE_PICK_GONE: &str = "The person you chose is no longer on the list (they were removed). Choose again.";
pub const FILL_FAILED: &str = "Not written to the draft: the browser could not save (see the notice at the top of the page). The draft is unchanged.";
pub const NOMINEE_ADD: &str = "Add to the nomination list";
pub const NOMINEE_BY: &str = "Nominated by";
pub const NOMINEE_RE_ELECTED: &str = "Re-elected (member of the outgoing committee)";
pub const NOMINEE_WITHDRAWN: &str = "Withdrawn (not counted in the list)";
pub const NOMINEE_WITHDRAWN_TAG: &str = "withdrawn";
pub const NOMINEE_PARTY_APPRAISAL: &str = "Party committee's appraisal";
pub const NOMINEE_UPPER_APPRAISAL: &str = "Upper union's appraisal";
pub const NOMINEE_DETAILS: &str = "Edit details";
pub const NOMINEE_REMOVE: &str = "Remove from the nomination list";
pub const NOMINEE_REMOVE_CONFIRM: &str = "Remove from the list for good";
pub const PERSON_PARTY: &str = "Party member";
pub const PERSON_ETHNICITY: &str = "Ethnic group";
pub const PERSON_ETHNICITY_HINT: &str = "Kinh";
pub const PERSON_POSITION: &str = "Position";
pub const PERSON_DEPARTMENT: &str = "Department or unit";
pub const PLAN_FILL: &str = "Fill in the draft personnel plan";
pub const PLAN_FILL_HINT: &str = "Writes the number of members, the structure and the nomination list into sections III and V of the draft personnel plan (creating the draft if there is none). The current text is kept as a version. The file sent to the upper union (.json) does not include the nomination list (section V); the draft's Word file and the backup do.";
pub const PLAN_FILLED: &str = "The draft personnel plan is filled in; view and edit it on the Documents screen.";
pub const BEFORE_FILL: &str = "Before filling in from the personnel data";
pub const ELECTION_FROM_PLAN: &str = "Electing the Executive Committee, the Standing Committee or the Inspection Committee: the ballot list starts with the people in the personnel plan (Personnel screen), except those who withdrew or whose appraisal was not agreed.";

/// "Number of Executive Committee members".
pub fn plan_seats_label(b: crate::model::congress_day::Body) -> String {
    let optional = if b == crate::model::congress_day::Body::Standing { " (if any)" } else { "" };
    format!("Number of {} members{optional}", body_name(b))
}

/// What an indicator counts, as the screen names it.
pub fn criterion_name(c: &crate::model::personnel::Criterion) -> String {
    use crate::model::personnel::Criterion::*;
    match c {
        Women => "Women".into(),
        Under { age } => format!("Under {age}"),
        PartyMembers => "Party members".into(),
        EthnicMinority => "Ethnic minority".into(),
        ReElected => "Re-elected".into(),
        New => "First-time".into(),
        Department { name } => format!("In {name}"),
    }
}

/// The kinds offered when adding an indicator, by the stored name of the criterion's kind.
pub const CRITERION_KINDS: [(&str, &str); 7] = [
    ("women", "Women"),
    ("under", "Under an age"),
    ("party_members", "Party members"),
    ("ethnic_minority", "Ethnic minority"),
    ("re_elected", "Re-elected"),
    ("new", "First-time"),
    ("department", "A department or unit"),
];

/// "Women: at least 30%".
pub fn indicator_text(ind: &crate::model::personnel::Indicator) -> String {
    let only = ind.body.map(|b| format!(" ({} only)", body_name(b))).unwrap_or_default();
    format!("{}: at least {}%{only}", criterion_name(&ind.criterion), ind.target)
}

pub fn indicator_remove(ind: &crate::model::personnel::Indicator) -> String {
    format!("Remove target “{}”", indicator_text(ind))
}

/// "5 nominees (1 withdrawn)".
pub fn plan_standing_line(standing: u32, withdrawn: u32) -> String {
    let gone = if withdrawn > 0 { format!(" ({withdrawn} withdrawn, not counted)") } else { String::new() };
    let nominees = if standing == 1 { "nominee" } else { "nominees" };
    format!("{standing} {nominees}{gone}.")
}

/// "52.34": a percentage to two decimals with the English decimal point (the model's
/// `percent_text` writes the Vietnamese decimal comma).
fn percent_text_en(hundredths: u32) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The surplus against the cap, and whether to warn.
pub fn surplus_line(s: crate::model::personnel::Surplus, seats: u32, cap: u32, floor: Option<u32>) -> (String, bool) {
    use crate::model::congress_day::hundredths;
    use crate::model::personnel::Surplus::*;
    let pct = |n: u32| percent_text_en(hundredths(n, seats));
    let people = |n: u32| if n == 1 { "1 person".to_string() } else { format!("{n} people") };
    match s {
        Missing { missing } => (format!("Not enough nominees: the list is {missing} short of the number to elect ({seats})."), true),
        AboveCap { surplus, most } => (
            format!("The surplus is {} ({}% of the seats to fill), above the maximum of {cap}% (at most {}).", people(surplus), pct(surplus), people(most)),
            true,
        ),
        BelowFloor { surplus, least } => {
            (format!("The surplus is {}, below the minimum of {}% (at least {}).", people(surplus), floor.unwrap_or(0), people(least)), true)
        }
        Within { surplus } => (format!("The surplus is {} ({}% of the seats to fill), within the maximum of {cap}%.", people(surplus), pct(surplus)), false),
    }
}

/// "2/5 (40.00%)".
pub fn structure_has(m: crate::model::personnel::Measured) -> String {
    use crate::model::congress_day::hundredths;
    format!("{}/{} ({}%)", m.has, m.of, percent_text_en(hundredths(m.has, m.of)))
}

/// The verdict of one indicator, and whether to warn.
pub fn structure_verdict(m: crate::model::personnel::Measured) -> (String, bool) {
    let people = |n: u32| if n == 1 { "1 person".to_string() } else { format!("{n} people") };
    let unknown = if m.unknown > 0 { format!(" ({} with no birth year)", people(m.unknown)) } else { String::new() };
    match (m.needed, m.short()) {
        (None, _) => (format!("{STRUCTURE_NO_SEATS}{unknown}"), false),
        // Those with no birth given might meet an age: short for sure only without them.
        (Some(needed), Some(short)) if m.has + m.unknown >= needed => {
            (format!("May be {} short: enter the birth year of {} to know", people(short), people(m.unknown)), true)
        }
        (Some(_), Some(short)) => (format!("{} short: the target cannot be met even if all are elected{unknown}", people(short)), true),
        (Some(_), None) => (format!("{STRUCTURE_MET}{unknown}"), false),
    }
}

/// The appraisal of a body's nominees, and whether to warn.
pub fn appraisal_line(standing: u32, waiting: u32, not_agreed: u32) -> (String, bool) {
    let cleared = standing - waiting - not_agreed;
    let mut line = format!("Appraisal: {cleared}/{standing} agreed by both the Party committee and the upper union");
    if waiting > 0 {
        line.push_str(&format!("; {waiting} still awaiting an opinion"));
    }
    if not_agreed > 0 {
        line.push_str(&format!("; {not_agreed} not agreed: withdraw or replace them before the congress"));
    }
    line.push('.');
    (line, not_agreed > 0)
}

pub fn nominated_by_name(n: crate::model::personnel::NominatedBy) -> &'static str {
    use crate::model::personnel::NominatedBy::*;
    match n {
        OutgoingCommittee => "Outgoing Executive Committee",
        Members => "Members and union groups",
        Themselves => "Self-nomination",
        Congress => "Nominated at the congress",
    }
}

pub fn appraisal_name(a: crate::model::personnel::Appraisal) -> &'static str {
    use crate::model::personnel::Appraisal::*;
    match a {
        NotSent => "Not sent",
        Sent => "Sent, awaiting opinion",
        Agreed => "Agreed",
        NotAgreed => "Not agreed",
    }
}

/// "Head of department · Technical Department · Tay ethnic group · Party member · re-elected · nominated by: …".
pub fn nominee_summary(p: &crate::model::congress_day::Person, n: &crate::model::personnel::Nominee) -> String {
    // The birth is in the name line ("Mr Nguyen Van An (1980)").
    let mut parts = Vec::new();
    for t in [&p.position, &p.department] {
        if !t.trim().is_empty() {
            parts.push(t.trim().to_string());
        }
    }
    if !p.ethnicity.trim().is_empty() {
        parts.push(format!("{} ethnic group", p.ethnicity.trim()));
    }
    if p.party_member {
        parts.push("Party member".into());
    }
    parts.push(if n.re_elected { "re-elected".into() } else { "first-time".into() });
    parts.push(format!("nominated by: {}", nominated_by_name(n.nominated_by).to_lowercase()));
    parts.join(" · ")
}

pub fn nominee_already(b: crate::model::congress_day::Body) -> String {
    format!("This person is already on the {} nomination list.", body_name(b))
}

/// "Mr Nguyen Van An: remove from the Executive Committee nomination list", a button's accessible name.
pub fn nominee_remove_label(name: &str, b: crate::model::congress_day::Body) -> String {
    format!("{name}: remove from the {} nomination list", body_name(b))
}

// The results summary on the upper union's desk
pub const DESK_RESULTS: &str = "Election results sent by the units";
pub const DESK_RESULTS_UNITS: &str = "Units that sent results";
pub const DESK_RESULTS_EXECUTIVE: &str = "Executive Committee members elected / seats";
pub const DESK_RESULTS_INSPECTION: &str = "Inspection Committee members elected / seats";
pub const DESK_RESULTS_WOMEN: &str = "Women on the Executive Committee";
pub const DESK_RESULTS_UNDER_35: &str = "Executive Committee members under 35";
pub const DESK_RESULTS_UNDER_40: &str = "Executive Committee members under 40";
pub const DESK_RESULTS_PARTY: &str = "Party members on the Executive Committee";
pub const DESK_RESULTS_ETHNIC: &str = "Ethnic minority members on the Executive Committee";
pub const DESK_RESULTS_RE_ELECTED: &str = "Re-elected members on the Executive Committee";
pub const DESK_RESULTS_CHAIR: &str = "Units electing the President directly at the congress";
pub const DESK_COL_SUMMONED: &str = "Summoned";
pub const DESK_COL_PRESENT: &str = "Present";
pub const DESK_COL_EXEC_SEATS: &str = "Executive Committee: seats";
pub const DESK_COL_EXEC_ELECTED: &str = "Executive Committee: elected";
pub const DESK_COL_INSP_SEATS: &str = "Inspection Committee: seats";
pub const DESK_COL_INSP_ELECTED: &str = "Inspection Committee: elected";
pub const DESK_COL_BIRTHS_UNKNOWN: &str = "Executive Committee: birth year unknown";
pub const DESK_COL_CHAIR_DIRECT: &str = "President elected directly";

/// "35 (32.41%)": a group of the committees elected, and its share.
pub fn desk_share(n: u32, of: u32) -> String {
    use crate::model::congress_day::hundredths;
    format!("{n} ({}%)", percent_text_en(hundredths(n, of)))
}

/// "Elections: Executive Committee 9/9, women 3 · Inspection Committee 3/3 · President elected directly", under a unit's congress day.
pub fn desk_results_line(r: &crate::model::results::ResultsSummary) -> String {
    let mut parts = Vec::new();
    if let (Some(p), Some(s)) = (r.present, r.summoned) {
        parts.push(format!("present {p}/{s}"));
    }
    if let Some(f) = r.executive {
        parts.push(format!("Executive Committee {}/{}, women {}", f.elected, f.seats, r.composition.women));
    }
    if let Some(f) = r.inspection {
        parts.push(format!("Inspection Committee {}/{}", f.elected, f.seats));
    }
    if r.chair_at_congress {
        parts.push("President elected directly".into());
    }
    format!("Elections: {}", parts.join(" · "))
}

// The congress day's documents, written from its data
pub const DAY_DOCS_TITLE: &str = "Minutes and dossier";
pub const DAY_DOCS_HINT: &str = "Writes the figures and election results into the draft congress documents (creating them if there are none; the current text is kept as a version); then view, edit, print and download them as Word on the Documents screen. The letter requesting recognition comes with a profile list of those elected (full name, birth year, ethnic group, Party membership, position): this list goes with the letter in the Word file, and in the file sent to the upper union when you choose to include the documents. Each person's vote count in the vote-count minutes is only in the Word file and the backup.";
pub const DAY_DOCS_NONE: &str = "The vote-count minutes of each election are drawn up here once the election has a result.";
pub const DAY_DOC_CONGRESS: &str = "Congress minutes: participants and election results";
pub const DAY_DOC_MEETING: &str = "Minutes of the first meeting of the new Executive Committee";
pub const DAY_DOC_LETTER: &str = "Letter requesting recognition, with the profile list";
pub const DAY_DOC_CREDENTIALS: &str = "Credentials report: numbers summoned and present";

/// "Vote-count minutes: election of the Executive Committee, round 2".
pub fn day_doc_count(e: &crate::model::congress_day::Election) -> String {
    let round = if e.round > 1 { format!(", round {}", e.round) } else { String::new() };
    format!("Vote-count minutes: election of the {}{round}", body_name(e.body))
}

pub fn day_doc_written(title: &str) -> String {
    format!("Written into the draft “{title}”; view, edit, print and download it as Word on the Documents screen.")
}

// Shows of hands at the congress
pub const DECISIONS_TITLE: &str = "Votes by show of hands";
pub const DECISIONS_INTRO: &str = "Record what the congress votes on by show of hands (presidium, secretariat, committees, number of members, ballot list…) so it goes into the congress minutes.";
pub const DECISIONS_NONE: &str = "No vote recorded yet.";
pub const DECISION_SUBJECT: &str = "Voted on";
pub const DECISION_DETAIL: &str = "Details (names, figures; required for another matter)";
pub const DECISION_FOR: &str = "In favour";
pub const DECISION_AGAINST: &str = "Against";
pub const DECISION_ABSTAIN: &str = "Abstaining";
pub const DECISION_ADD: &str = "Record vote";

pub fn subject_name(s: crate::model::decisions::Subject) -> &'static str {
    use crate::model::decisions::Subject::*;
    match s {
        Presidium => "Presidium",
        Secretariat => "Secretariat",
        CredentialsBoard => "Credentials Committee",
        ElectionBoard => "Election Board",
        Seats => "Number of Executive Committee members",
        BallotList => "Ballot list",
        Other => "Other matter",
    }
}

pub fn decision_error(e: crate::model::decisions::DecisionError) -> &'static str {
    use crate::model::decisions::DecisionError::*;
    match e {
        NoDetail => "Enter what was voted on.",
        AbovePresent => "In favour, against and abstaining add up to more than the number present at the congress.",
    }
}

/// "Presidium (Mr A, Ms B): in favour 27/28 (96.43%), against 0, abstaining 1".
pub fn decision_text(d: &crate::model::decisions::Decision, present: Option<u32>) -> String {
    use crate::model::congress_day::hundredths;
    use crate::model::decisions::Subject;
    let what = match (d.subject, d.detail.is_empty()) {
        (Subject::Other, _) => d.detail.clone(),
        (s, true) => subject_name(s).to_string(),
        (s, false) => format!("{} ({})", subject_name(s), d.detail),
    };
    let share = match present {
        Some(p) if p > 0 => format!("{}/{p} ({}%)", d.in_favour, percent_text_en(hundredths(d.in_favour, p))),
        _ => d.in_favour.to_string(),
    };
    format!("{what}: in favour {share}, against {}, abstaining {}", d.against, d.abstaining)
}

pub fn decision_remove(text: &str) -> String {
    format!("Remove vote: {text}")
}

/// The key document's state in words (the desk's table; its CSV in Vietnamese).
pub fn doc_state_text(state: crate::model::desk::DocState) -> &'static str {
    use crate::model::desk::DocState;
    match state {
        DocState::NotSent => DESK_DOC_NOT_SENT,
        DocState::NotStarted => DESK_DOC_NOT_STARTED,
        DocState::Drafted(s) => draft_status_name(s),
    }
}

/// A task's title and explanation as the screen shows them, each with its language: the
/// English of a built-in task's title or explanation the unit has not changed
/// (`templates::checklist_en`); otherwise the task's own words, in Vietnamese.
pub fn task_words(key: Option<&str>, title: &str, explanation: &str) -> ((String, &'static str), (String, &'static str)) {
    let template = key.and_then(|k| crate::templates::checklist::CHECKLIST.iter().find(|t| t.key == k));
    let english = template.and_then(|t| crate::templates::checklist_en::task_en(t.key).map(|e| (t, e)));
    let pick = |own: &str, built_in: Option<(&str, &'static str)>| match built_in {
        Some((vi, en)) if vi == own => (en.to_string(), "en"),
        _ => (own.to_string(), "vi"),
    };
    (
        pick(title, english.map(|(t, (en, _))| (t.title, en))),
        pick(explanation, english.map(|(t, (_, en))| (t.explanation, en))),
    )
}

/// A built-in outline's name, in the list of documents and the choice of a new one.
pub fn outline_name(kind: DocumentKind) -> &'static str {
    crate::templates::documents_en::OUTLINES_EN
        .iter()
        .find(|(k, ..)| *k == kind)
        .map_or_else(|| crate::templates::outline(kind).name, |(_, name, _)| name)
}

/// A section's writing hint, in English while it is the outline's own, and its language.
pub fn section_prompt(kind: DocumentKind, prompt: &str) -> (String, &'static str) {
    match crate::templates::documents_en::prompt_en(kind, prompt) {
        Some(english) => (english.to_string(), "en"),
        None => (prompt.to_string(), "vi"),
    }
}

/// A round's name, in English while it is a preset round's own, and its language.
pub fn round_name(id: &str, name: &str) -> (String, &'static str) {
    let english = match id {
        "2023-2028" => "2023–2028 term (leading to the 13th Congress of the Vietnam Trade Union)",
        "2025-2030" => "2025–2030 term (leading to the 14th Congress of the Vietnam Trade Union)",
        _ => "",
    };
    match crate::templates::preset_round(id) {
        Some(r) if r.name == name && !english.is_empty() => (english.to_string(), "en"),
        _ => (name.to_string(), "vi"),
    }
}

/// A built-in task's English title and explanation while the unit has not changed them ("" for
/// what it changed), so that the search finds the words the screen shows.
pub fn task_search_words(key: Option<&str>, title: &str, explanation: &str) -> [&'static str; 2] {
    let template = key.and_then(|k| crate::templates::checklist::CHECKLIST.iter().find(|t| t.key == k));
    match template.and_then(|t| crate::templates::checklist_en::task_en(t.key).map(|e| (t, e))) {
        Some((t, (title_en, explanation_en))) => [
            if t.title == title { title_en } else { "" },
            if t.explanation == explanation { explanation_en } else { "" },
        ],
        None => ["", ""],
    }
}

// Interface language (the header's switch; index.html loads the chosen language's build)
/// This interface's language, as `lang` and as stored by the switch.
pub const LANGUAGE: &str = "en";
/// The other language: its code and its name, written in that language.
pub const OTHER_LANGUAGE: &str = "vi";
pub const OTHER_LANGUAGE_NAME: &str = "Tiếng Việt";
pub const LANGUAGE_NOT_SAVED: &str =
    "The language was not changed: the browser could not store the choice (storage full or blocked, or it holds a choice made by a newer version).";
pub const LANGUAGE_CODE_MISSING: &str =
    "The language was not changed: the code it needs could not be fetched (the device is offline, or the app was just updated). Your data is not affected; try again when online.";
pub const LANGUAGE_UNSAVED: &str =
    "The language was not changed: some changes could not be saved yet (see the notice above). Deal with that notice first; your data is intact.";
