//! The error type: only a malformed request fails. Messy text is not an error: it yields
//! a Report with diagnostics.

use std::fmt;

/// Why an analysis request was refused, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    NoArticles,
    TooManyArticles { given: usize, max: usize },
    BadRequest(String),
}

impl Error {
    pub(crate) fn no_articles() -> Self {
        Error {
            kind: ErrorKind::NoArticles,
        }
    }

    pub(crate) fn too_many_articles(given: usize, max: usize) -> Self {
        Error {
            kind: ErrorKind::TooManyArticles { given, max },
        }
    }

    /// A request that could not be read (wrong JSON shape, unreadable file). `what` says
    /// what was wrong in the caller's words.
    pub fn bad_request(what: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::BadRequest(what.into()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NoArticles => write!(f, "no articles were given: pass at least one"),
            ErrorKind::TooManyArticles { given, max } => write!(
                f,
                "{given} articles were given but at most {max} can be compared at once: remove {}",
                given - max
            ),
            ErrorKind::BadRequest(what) => write!(f, "the request could not be read: {what}"),
        }
    }
}

impl std::error::Error for Error {}
