//! How long a learner waits between saving a file and seeing its verdict in
//! `grader watch`, against the cost of starting Python itself.
//!
//! Runs `grader watch` in a pseudo-terminal on a fresh workspace of the
//! built-in pack, saves `decorators/timing.py` again and again (two wrong
//! versions in turn, so it never passes and moves on), and times each save
//! to the moment the verdict line reaches the terminal.  Prints the median
//! of the warm re-checks beside the median of `python3 -I -c pass` and their
//! ratio (target ≤ 0.5).  Nothing is asserted.
//! Run with `cargo bench --bench watch_latency`.

use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

mod common;
use common::{bare, median, ms, real_python};

const SAVES: usize = 21;
const PYTHON_ROUNDS: usize = 21;
const VERDICT: &str = "decorators/timing: ";

fn main() {
    let python = real_python();
    let grader = env!("CARGO_BIN_EXE_grader");
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/decorators/timing");
    let wrong = [
        std::fs::read_to_string(pack.join("wrong/identity.py")).expect("wrong file"),
        std::fs::read_to_string(pack.join("wrong/no_wraps.py")).expect("wrong file"),
    ];

    let dir = tempfile::tempdir().expect("tempdir");
    let status = Command::new(grader)
        .args(["init", "ws"])
        .current_dir(dir.path())
        .env("GRADER_PYTHON", &python)
        .stdout(Stdio::null())
        .status()
        .expect("grader init");
    assert!(status.success(), "grader init failed");
    let ws = dir.path().join("ws");
    let file = ws.join("decorators/timing.py");

    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(grader);
    cmd.arg("watch");
    cmd.cwd(&ws);
    cmd.env("NO_COLOR", "1");
    cmd.env("GRADER_PYTHON", &python);
    let mut child = pty.slave.spawn_command(cmd).expect("spawn watch");
    drop(pty.slave);

    // Every verdict line, with the moment it reached the terminal.
    let seen: Arc<Mutex<(String, Vec<Instant>)>> = Arc::default();
    let sink = Arc::clone(&seen);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            let now = Instant::now();
            let mut s = sink.lock().expect("lock");
            s.0.push_str(&String::from_utf8_lossy(&buf[..n]));
            let count = s.0.matches(VERDICT).count();
            while s.1.len() < count {
                s.1.push(now);
            }
        }
    });
    let verdicts = |s: &Arc<Mutex<(String, Vec<Instant>)>>| s.lock().expect("lock").1.clone();
    // Let watch start and settle.
    std::thread::sleep(Duration::from_millis(1500));

    let mut latencies = Vec::new();
    for i in 0..SAVES {
        let before = verdicts(&seen).len();
        let saved = Instant::now();
        std::fs::write(&file, &wrong[i % 2]).expect("save");
        let deadline = saved + Duration::from_secs(20);
        let at = loop {
            if let Some(t) = verdicts(&seen).get(before) {
                break *t;
            }
            assert!(Instant::now() < deadline, "no verdict after a save");
            std::thread::sleep(Duration::from_millis(1));
        };
        // The first check starts the harnesses; the rest are warm.
        if i > 0 {
            latencies.push(at.duration_since(saved));
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    let _ = child.kill();

    let starts: Vec<Duration> = (0..PYTHON_ROUNDS).map(|_| bare(&python)).collect();
    let (save, start) = (median(latencies), median(starts));
    println!("python: {}", python.display());
    println!(
        "median of {} warm re-checks, {PYTHON_ROUNDS} Python starts:",
        SAVES - 1
    );
    println!("  save → verdict on screen (watch)   {:>8.1} ms", ms(save));
    println!("  python3 -I -c pass                 {:>8.1} ms", ms(start));
    println!(
        "ratio watch/python: {:.2} (target ≤ 0.5)",
        ms(save) / ms(start)
    );
}
