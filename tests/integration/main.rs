//! Integration tests: the real `grader` binary on real Python files.

mod builtin;
mod cli;
mod hostile;
mod sealing;
mod similarity;
mod util;
mod verdicts;
