//! Sổ tay Đại hội: a client-only notebook for preparing a Vietnamese trade-union congress.
//! `model` and `templates` are pure Rust (tested natively); `storage` is the only code that
//! touches browser storage; `ui` renders and holds no business rules; `i18n` has every string
//! the user reads.

pub mod export;
pub mod format;
pub mod i18n;
pub mod ids;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod model;
pub mod storage;
pub mod templates;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The app's version, shown in the footer.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
