//! Closed vocabularies as enums, each variant tied to the one string the Report and the page
//! use for it. The [`vocabulary!`] macro writes the enum, its `#[serde(rename)]`s, an
//! `ALL` list (for the test that the page's kind tables cover every value), `as_str` (for
//! the command line's text output) and `from_name` (for data files that name a value)
//! from one table, so a name is written once.

/// Declares a closed vocabulary: `enum Name { Variant = "string", ... }` with doc comments
/// on the enum and on each variant.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name the Report and the page use for it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// The value named `name` (as [`Self::as_str`] writes it), for reading data files.
            #[allow(dead_code)]
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == name)
            }
        }
    };
}

pub(crate) use vocabulary;
