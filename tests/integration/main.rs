//! Integration tests: the real `grader` binary on real Python files.

mod assignments;
mod builtin;
mod classroom;
mod cli;
mod completions;
mod consumers;
mod hostile;
mod html_report;
mod interpreter;
mod learner;
mod notebook_quiz;
mod portable;
mod projects;
mod repo;
mod sealing;
mod services;
mod similarity;
mod snapshots;
mod suites;
mod trust;
mod util;
mod verdicts;
mod watch;
