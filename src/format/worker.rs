//! The import checker's answer, as the Web Worker sends it back to the page: the accepted
//! content, or the Vietnamese reason for refusing the file. Plain JSON text, so the page reads
//! it with the same code that reads stored data, and the heavy checking code (the JSON path of
//! a bad field) lives only in the worker, loaded when a file is imported.

use serde::{Deserialize, Serialize};

use super::import::read;
use super::Payload;
use super::KeptVersions;
use crate::model::{Congress, Draft, Round};

/// What the page gets back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reply {
    Ok(Accepted),
    Error(String),
}

/// An accepted file's content: one congress for a unit file, all of them for a backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Accepted {
    pub congresses: Vec<Congress>,
    pub rounds: Vec<Round>,
    #[serde(default)]
    pub drafts: Vec<Draft>,
    #[serde(default)]
    pub versions: Vec<KeptVersions>,
}

/// Checks a file's bytes and words the answer.
pub fn reply(bytes: &[u8]) -> String {
    let reply = match read(bytes) {
        Ok(envelope) => Reply::Ok(match envelope.payload {
            Payload::Unit(u) => Accepted { congresses: vec![u.congress], rounds: Vec::new(), drafts: u.drafts, versions: Vec::new() },
            Payload::WorkspaceBackup(b) => {
                Accepted { congresses: b.congresses, rounds: b.rounds, drafts: b.drafts, versions: b.versions }
            }
        }),
        Err(e) => Reply::Error(crate::i18n::import_error(&e)),
    };
    serde_json::to_string(&reply).unwrap_or_else(|_| r#"{"error":"Không đọc được tệp."}"#.to_string())
}

/// Reads the worker's answer on the page side.
pub fn parse_reply(text: &str) -> Reply {
    serde_json::from_str(text).unwrap_or_else(|_| Reply::Error("Không đọc được kết quả kiểm tra tệp.".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_and_refused_files_come_back_whole() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
        let ok = std::fs::read(format!("{dir}/ok-backup.json")).unwrap();
        let Reply::Ok(accepted) = parse_reply(&reply(&ok)) else { panic!("accepted") };
        let Payload::WorkspaceBackup(b) = read(&ok).unwrap().payload else { panic!("backup") };
        assert_eq!((accepted.congresses, accepted.rounds), (b.congresses, b.rounds));
        let bad = std::fs::read(format!("{dir}/task-offset-string.json")).unwrap();
        match parse_reply(&reply(&bad)) {
            Reply::Error(message) => assert!(message.contains("data.congress.tasks[0].due.offset_days"), "{message}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(parse_reply("not json"), Reply::Error(_)));
    }
}
