//! Progress of a class run on standard error: an indicatif bar with
//! throughput and ETA on a terminal, a plain line every few seconds
//! otherwise (CI logs), nothing with `--quiet`.

use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How often a plain line is printed when standard error is not a terminal.
const PLAIN_EVERY: Duration = Duration::from_secs(10);

pub enum Progress {
    Off,
    Bar(ProgressBar),
    Plain {
        total: u64,
        done: u64,
        started: Instant,
        last: Instant,
    },
}

impl Progress {
    pub fn new(total: u64, quiet: bool) -> Progress {
        if quiet || total == 0 {
            return Progress::Off;
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{bar:30.cyan/blue} {pos}/{len} exercises · {per_sec} · ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            Progress::Bar(bar)
        } else {
            let now = Instant::now();
            eprintln!("grading {total} exercise submissions");
            Progress::Plain {
                total,
                done: 0,
                started: now,
                last: now,
            }
        }
    }

    /// One more exercise graded.
    pub fn tick(&mut self) {
        match self {
            Progress::Off => {}
            Progress::Bar(bar) => bar.inc(1),
            Progress::Plain {
                total,
                done,
                started,
                last,
            } => {
                *done += 1;
                if last.elapsed() >= PLAIN_EVERY || *done == *total {
                    *last = Instant::now();
                    eprintln!("{}", plain_line(*done, *total, started.elapsed()));
                }
            }
        }
    }

    pub fn finish(&mut self) {
        if let Progress::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

fn plain_line(done: u64, total: u64, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(1e-3);
    let rate = done as f64 / secs;
    let left = if rate > 0.0 {
        (total.saturating_sub(done)) as f64 / rate
    } else {
        0.0
    };
    format!(
        "graded {done}/{total} exercises ({:.0}%), {rate:.1}/s, about {} left",
        done as f64 * 100.0 / total.max(1) as f64,
        human_duration(left)
    )
}

fn human_duration(secs: f64) -> String {
    let s = secs.round() as u64;
    match s {
        0..=59 => format!("{s}s"),
        60..=3599 => format!("{}m {:02}s", s / 60, s % 60),
        _ => format!("{}h {:02}m", s / 3600, (s % 3600) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lines_give_rate_and_time_left() {
        let line = plain_line(50, 200, Duration::from_secs(10));
        assert_eq!(line, "graded 50/200 exercises (25%), 5.0/s, about 30s left");
        assert_eq!(human_duration(3725.0), "1h 02m");
    }
}
