//! The import checker's answer, as the Web Worker sends it back to the page: accepted, or the
//! Vietnamese reason for refusing the file. Only the verdict crosses: the page reads an
//! accepted file's content itself (`import::read_accepted`) while the worker checks it, so the
//! content is neither written out again nor parsed twice in a row, and the heavy checking code
//! (the JSON path of a bad field) lives only in the worker, loaded when a file is imported.

use serde::{Deserialize, Serialize};

use super::import::read;

/// What the page gets back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reply {
    Ok,
    Error(String),
}

/// Checks a file's bytes and words the answer.
pub fn reply(bytes: &[u8]) -> String {
    let reply = match read(bytes) {
        Ok(_) => Reply::Ok,
        Err(e) => Reply::Error(crate::i18n::import_error(&e)),
    };
    serde_json::to_string(&reply).unwrap_or_else(|_| r#"{"error":"Không đọc được tệp."}"#.to_string())
}

/// The answer when the browser could not read the file (moved or deleted after it was picked).
pub fn unreadable_file() -> String {
    serde_json::to_string(&Reply::Error(crate::i18n::IMPORT_FILE_UNREADABLE.to_string())).unwrap_or_default()
}

/// Reads the worker's answer on the page side.
pub fn parse_reply(text: &str) -> Reply {
    serde_json::from_str(text).unwrap_or_else(|_| Reply::Error(crate::i18n::CHECKER_ANSWER_UNREADABLE.to_string()))
}

#[cfg(test)]
mod tests {
    use super::super::import::read_accepted;
    use super::*;

    fn fixtures() -> Vec<(String, Vec<u8>)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
            .collect();
        files.sort();
        files
    }

    #[test]
    fn the_verdict_crosses_and_the_page_reads_what_the_checker_accepted() {
        let mut accepted = 0;
        for (name, bytes) in fixtures() {
            match (read(&bytes), parse_reply(&reply(&bytes))) {
                (Ok(envelope), Reply::Ok) => {
                    accepted += 1;
                    assert_eq!(read_accepted(&bytes), Some(envelope.payload), "{name}");
                }
                (Err(e), Reply::Error(message)) => assert_eq!(message, crate::i18n::import_error(&e), "{name}"),
                (r, reply) => panic!("{name}: read {r:?}, reply {reply:?}"),
            }
        }
        assert!(accepted >= 2, "the corpus has accepted files");
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
        let bad = std::fs::read(format!("{dir}/task-offset-string.json")).unwrap();
        match parse_reply(&reply(&bad)) {
            Reply::Error(message) => assert!(message.contains("data.congress.tasks[0].due.offset_days"), "{message}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(parse_reply("not json"), Reply::Error(_)));
    }
}
