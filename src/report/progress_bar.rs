//! Progress through a long check (several exercises): an indicatif bar on
//! stderr when it is a terminal, one plain line per exercise otherwise.
//! Results themselves go to stdout, untouched by this.

use std::io::IsTerminal as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use indicatif::{ProgressBar, ProgressStyle};

use crate::judge::{ExerciseResult, Status};

pub struct Ticker {
    total: usize,
    done: AtomicUsize,
    bar: Option<ProgressBar>,
}

impl Ticker {
    /// Shows nothing for a single exercise: its result comes soon enough.
    pub fn new(total: usize) -> Ticker {
        let bar = (total > 1 && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new(total as u64);
            if let Ok(style) =
                ProgressStyle::with_template("checking {bar:30} {pos}/{len} {wide_msg}")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Ticker {
            total,
            done: AtomicUsize::new(0),
            bar,
        }
    }

    pub fn done(&self, r: &ExerciseResult) {
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        match &self.bar {
            Some(bar) => {
                bar.set_message(r.id.clone());
                bar.inc(1);
            }
            None if self.total > 1 => {
                let status = match r.status {
                    Status::Passed => "passed",
                    Status::Failed => "failed",
                    Status::Error => "error",
                    Status::NotGraded => "not graded",
                };
                anstream::eprintln!("[{n}/{}] {} {status}", self.total, r.id);
            }
            None => {}
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
