//! The grader's own errors and the exit codes they map to.

use crate::spec::SpecError;

/// Exit codes, documented in README.md.
pub mod exit {
    /// Every exercise passed (or the command succeeded).
    pub const OK: u8 = 0;
    /// Some case failed or errored.
    pub const FAILED: u8 = 1;
    /// Bad input to the grader: usage, unknown id, broken spec, missing file, no usable Python.
    pub const BAD_INPUT: u8 = 2;
    /// The grader itself failed.
    pub const INTERNAL: u8 = 3;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line or a path the user gave is wrong.
    #[error("{0}")]
    Usage(String),
    /// One or more pack files are broken.
    #[error("{}", render_spec_errors(.0))]
    Spec(Vec<SpecError>),
    /// The machine lacks something the grader needs (Python, a sandbox layer).
    #[error("{0}")]
    Environment(String),
    /// A bug or an I/O failure of the grader itself.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::Spec(_) | Error::Environment(_) => exit::BAD_INPUT,
            Error::Internal(_) => exit::INTERNAL,
        }
    }
}

fn render_spec_errors(errors: &[SpecError]) -> String {
    let mut out =
        String::from("the exercise pack is broken (this is not a problem with your solution):");
    for e in errors {
        out.push_str("\n  ");
        out.push_str(&e.to_string().replace('\n', "\n    "));
    }
    out
}
