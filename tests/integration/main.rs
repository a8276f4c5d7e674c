//! Integration tests: the real `grader` binary on real Python files.

mod builtin;
mod classroom;
mod cli;
mod hostile;
mod html_report;
mod learner;
mod sealing;
mod similarity;
mod snapshots;
mod trust;
mod util;
mod verdicts;
mod watch;
