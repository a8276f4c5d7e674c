//! How close `grader check` comes to the cost of starting Python itself.
//!
//! Prints, from one run on this machine: the median wall time of a bare
//! `python3 -I -c pass`, of `grader check` on the reference solution of
//! `decorators/timing` (9 cases), with the sandbox on and off, and the ratios.
//! Both use the real interpreter (not a pyenv shim), resolved once up front.
//! Run with `cargo bench --bench check_speed`.  Nothing is asserted: shared
//! machines are noisy, so the numbers are for reading, not for failing CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 30;

fn main() {
    let python = real_python();
    let grader = env!("CARGO_BIN_EXE_grader");
    let solution =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/decorators/timing/solution.py");
    let solution = solution.to_str().expect("utf-8 path");

    let bare = |_: ()| run(Command::new(&python).args(["-I", "-c", "pass"]));
    let check = |mode: &str| {
        run(Command::new(grader)
            .args(["check", "--sandbox", mode, solution])
            .env("GRADER_PYTHON", &python))
    };
    // Warm caches, then interleave so drift hits every series alike.
    for _ in 0..3 {
        bare(());
        check("auto");
        check("off");
    }
    let (mut py, mut on, mut off) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        py.push(bare(()));
        on.push(check("auto"));
        off.push(check("off"));
    }
    let (py, on, off) = (median(py), median(on), median(off));
    println!("python: {}", python.display());
    println!("median of {ROUNDS} runs each:");
    println!(
        "  python3 -I -c pass                         {:>8.1} ms",
        ms(py)
    );
    println!(
        "  grader check decorators/timing (sandbox)   {:>8.1} ms",
        ms(on)
    );
    println!(
        "  grader check decorators/timing (--sandbox off) {:>4.1} ms",
        ms(off)
    );
    println!("ratio grader/python: {:.2} (target ≤ 2.0)", ms(on) / ms(py));
    println!(
        "sandbox overhead per exercise: {:+.1} ms (target ≤ 5 ms)",
        ms(on) - ms(off)
    );
}

fn real_python() -> PathBuf {
    let asked = std::env::var_os("GRADER_PYTHON").unwrap_or_else(|| "python3".into());
    let out = Command::new(&asked)
        .args(["-I", "-S", "-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 runs");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn run(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("spawn");
    let took = start.elapsed();
    assert!(status.success(), "{cmd:?} failed: {status}");
    took
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
