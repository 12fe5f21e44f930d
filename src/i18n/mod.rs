//! Every string the user reads, one module per language with the same items: `vi`, the
//! default, and `en`, compiled instead by the English build (feature `en`, built next to the
//! Vietnamese one and loaded only when the user chooses English). Screens take their words
//! from `i18n::` only. Documents, exported files and printed pages are official Vietnamese
//! papers whatever the interface language: their words come from `i18n::vi` by name.

pub mod vi;
#[cfg(feature = "en")]
pub mod en;

#[cfg(not(feature = "en"))]
pub use vi::*;
#[cfg(feature = "en")]
pub use en::*;
