//! Integration tests: the real `grader` binary on real Python files.

mod builtin;
mod cli;
mod learner;
mod snapshots;
mod util;
mod verdicts;
mod watch;
