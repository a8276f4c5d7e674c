//! Integration tests: the real `grader` binary on real Python files.

mod builtin;
mod classroom;
mod cli;
mod util;
mod verdicts;
