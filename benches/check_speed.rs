//! How close `grader check` comes to the cost of starting Python itself.
//!
//! Prints, from one run on this machine: the median wall time of a bare
//! `python3 -I -c pass`, of `grader check` on the reference solution of
//! `decorators/timing` (9 cases), with the sandbox on and off, and the ratios.
//! Both use the real interpreter (not a pyenv shim), resolved once up front.
//! As root, `--sandbox off` is refused (it would run learner code as root),
//! so the baseline runs as `nobody` through setpriv, and both series use
//! Debian's /usr/bin/python3 (pyenv's lives under /root, out of nobody's
//! reach); setpriv's own exec adds about a millisecond to the baseline.
//! Run with `cargo bench --bench check_speed`.  Nothing is asserted: shared
//! machines are noisy, so the numbers are for reading, not for failing CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{median, ms, real_python};

const ROUNDS: usize = 30;

fn main() {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    let system = Path::new("/usr/bin/python3");
    let as_nobody = root && system.exists() && Path::new("/usr/bin/setpriv").exists();
    let python = if as_nobody {
        system.canonicalize().expect("python3 resolves")
    } else {
        real_python()
    };
    let scratch = tempfile::tempdir().expect("tempdir");
    if as_nobody {
        // nobody's HOME, where the grader keeps its compiled harness: a
        // private tempdir of root's would make every unsandboxed check
        // compile the harness from source, and the sandbox look free.
        std::os::unix::fs::chown(scratch.path(), Some(65534), Some(65534))
            .expect("chown the scratch HOME to nobody");
    }
    let grader = env!("CARGO_BIN_EXE_grader");
    let solution =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/decorators/timing/solution.py");
    let solution = solution.to_str().expect("utf-8 path");

    let bare = |_: ()| run(Command::new(&python).args(["-I", "-c", "pass"]));
    let check = |mode: &str| {
        let mut cmd = if mode == "off" && as_nobody {
            let mut c = Command::new("setpriv");
            c.args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                "--",
                grader,
            ])
            .env("HOME", scratch.path());
            c
        } else {
            Command::new(grader)
        };
        run(cmd
            .args(["check", "--sandbox", mode, solution])
            .env("GRADER_PYTHON", &python))
    };
    if root && !as_nobody {
        println!("as root without /usr/bin/python3 and setpriv: no baseline without the sandbox");
        return;
    }
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
    // Through a version manager's shim, as a pyenv user runs it: the grader
    // against the shim's own start.
    let shim = shim_on_path();
    let shim_numbers = shim.as_ref().map(|shim| {
        let (mut bare_shim, mut check_shim) = (Vec::new(), Vec::new());
        for round in 0..ROUNDS + 3 {
            let b = run(Command::new(shim).args(["-I", "-c", "pass"]));
            let c = run(Command::new(grader)
                .args(["check", solution])
                .env_remove("GRADER_PYTHON"));
            if round >= 3 {
                bare_shim.push(b);
                check_shim.push(c);
            }
        }
        (median(bare_shim), median(check_shim))
    });
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
    println!("ratio grader/python: {:.2} (target ≤ 1.0)", ms(on) / ms(py));
    println!(
        "sandbox overhead per exercise: {:+.1} ms (target ≤ 5 ms)",
        ms(on) - ms(off)
    );
    match (shim, shim_numbers) {
        (Some(shim), Some((bare_shim, check_shim))) => {
            println!("through the shim {}:", shim.display());
            println!(
                "  shim -I -c pass                            {:>8.1} ms",
                ms(bare_shim)
            );
            println!(
                "  grader check decorators/timing             {:>8.1} ms",
                ms(check_shim)
            );
            println!(
                "ratio grader/shim: {:.2} (target ≤ 1.0)",
                ms(check_shim) / ms(bare_shim)
            );
        }
        _ => println!("no version-manager shim on PATH: shim figures not measured"),
    }
}

/// `python3` on PATH when it is a script (a pyenv or asdf shim).
fn shim_on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let found = std::env::split_paths(&path)
        .map(|d| d.join("python3"))
        .find(|p| p.is_file())?;
    let head = std::fs::read(&found).ok()?;
    head.starts_with(b"#!").then_some(found)
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
