//! `named_enum!`: a fieldless enum whose variants' names are written once, beside the variants.
//! Serde (and so the JSON Schema) uses those names, and so do `name`, `from_name` and `ALL`,
//! which forms use for the values of their choices: no other table repeats them.

/// Defines a fieldless enum with a name per variant (`Variant = "name"`), and on it
/// `ALL` (every variant, in declaration order), `name(self) -> &'static str` and
/// `from_name(&str) -> Option<Self>`.
///
/// Written `named_enum! { serde: ... }`, each variant also gets `#[serde(rename = "name")]`,
/// so what is stored and exported uses the same names (the enum derives `Serialize` itself),
/// and the enum is read by name through `from_name` (`Deserialize` is implemented here, not
/// derived: serde's derive writes a visitor for every enum, about 1 KB of wasm each, where
/// this reads a string once for all of them; the errors are serde's own: "unknown variant
/// `x`, expected one of …", "invalid type: …"). Without `serde:`, the names serve forms only.
macro_rules! named_enum {
    (@impl $Enum:ident { $($Variant:ident = $name:literal),+ }) => {
        impl $Enum {
            /// Every variant, in declaration order.
            pub const ALL: [$Enum; [$($name),+].len()] = [$($Enum::$Variant),+];

            /// The variant's name (as stored, for an enum written with `serde:`).
            pub fn name(self) -> &'static str {
                match self {
                    $($Enum::$Variant => $name,)+
                }
            }

            /// The variant named `name`, if any.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($name => Some($Enum::$Variant),)+
                    _ => None,
                }
            }
        }
    };
    (serde: $(#[$meta:meta])* $vis:vis enum $Enum:ident {
        $($(#[$vmeta:meta])* $Variant:ident = $name:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        $vis enum $Enum {
            $($(#[$vmeta])* #[serde(rename = $name)] $Variant,)+
        }
        $crate::model::names::named_enum!(@impl $Enum { $($Variant = $name),+ });

        impl<'de> serde::Deserialize<'de> for $Enum {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($name),+];
                $crate::model::names::variant_index(deserializer, NAMES).map(|i| $Enum::ALL[i])
            }
        }
    };
    ($(#[$meta:meta])* $vis:vis enum $Enum:ident {
        $($(#[$vmeta:meta])* $Variant:ident = $name:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        $vis enum $Enum {
            $($(#[$vmeta])* $Variant,)+
        }
        $crate::model::names::named_enum!(@impl $Enum { $($Variant = $name),+ });
    };
}

pub(crate) use named_enum;

/// Reads a variant's name and returns its place in `names`, for `named_enum!`'s `Deserialize`.
pub fn variant_index<'de, D: serde::Deserializer<'de>>(deserializer: D, names: &'static [&'static str]) -> Result<usize, D::Error> {
    use serde::de::Error;
    let name = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
    names.iter().position(|n| *n == name).ok_or_else(|| D::Error::unknown_variant(&name, names))
}

/// For the tests of each enum: `name` and `from_name` undo each other for every variant, and
/// (for enums stored or exported) the name is exactly what serde writes and reads.
#[cfg(test)]
pub(crate) mod check {
    use serde::{de::DeserializeOwned, Serialize};

    pub fn round_trips<T: Copy + PartialEq + std::fmt::Debug>(all: &[T], name: fn(T) -> &'static str, from_name: fn(&str) -> Option<T>) {
        let mut seen = std::collections::BTreeSet::new();
        for &v in all {
            assert_eq!(from_name(name(v)), Some(v), "{v:?}");
            assert!(seen.insert(name(v)), "two variants named {}", name(v));
        }
        assert_eq!(from_name("no such name"), None);
    }

    pub fn matches_serde<T: Copy + PartialEq + std::fmt::Debug + Serialize + DeserializeOwned>(all: &[T], name: fn(T) -> &'static str) {
        for &v in all {
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, serde_json::to_string(name(v)).unwrap(), "{v:?}");
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Level, Status};

    #[test]
    fn a_named_enum_reads_its_names_and_refuses_others_with_serde_messages() {
        assert_eq!(serde_json::from_str::<Status>("\"in_progress\"").unwrap(), Status::InProgress);
        assert_eq!(serde_json::from_str::<Vec<Level>>("[\"province\",\"grassroots\"]").unwrap(), vec![Level::Province, Level::Grassroots]);
        // A name with an escape (not borrowable from the text) reads too.
        assert_eq!(serde_json::from_str::<Status>("\"d\\u006fne\"").unwrap(), Status::Done);
        let unknown = serde_json::from_str::<Status>("\"finished\"").unwrap_err().to_string();
        assert!(unknown.starts_with("unknown variant `finished`, expected one of `not_started`, `in_progress`, `done`, `not_applicable`"), "{unknown}");
        let wrong = serde_json::from_str::<Status>("3").unwrap_err().to_string();
        assert!(wrong.starts_with("invalid type: integer `3`"), "{wrong}");
    }
}
