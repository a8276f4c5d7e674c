//! How close `grader grade` comes to the machine's limit for a class.
//!
//! Generates a class in a temporary folder (60 students × every built-in
//! exercise; `GRADE_CLASS_STUDENTS` to change the count), mixing reference
//! solutions, known-wrong solutions from the pack and broken files, grades
//! it once with `--jobs` = the cores, and prints exercises graded per
//! second beside `jobs / (time of a bare python3 -I -c pass)`, the practical
//! limit (every exercise costs at least one Python start), their ratio
//! (target ≥ 0.7) and the grader's own peak memory (VmHWM, target < 50 MB).
//! Run with `cargo bench --bench grade_class`.  Nothing is asserted: shared
//! machines are noisy, so the numbers are for reading, not for failing CI.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{bare, real_python};

const PYTHON_ROUNDS: usize = 15;

fn main() {
    let python = real_python();
    let grader = env!("CARGO_BIN_EXE_grader");
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    let students: usize = std::env::var("GRADE_CLASS_STUDENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());

    let class = tempfile::tempdir().expect("temp dir");
    let exercises = exercise_ids(&pack);
    let mix = write_class(class.path(), &pack, &exercises, students);

    // The limit: each exercise needs at least one Python start.
    for _ in 0..3 {
        bare(&python);
    }
    let mut starts: Vec<Duration> = (0..PYTHON_ROUNDS).map(|_| bare(&python)).collect();
    starts.sort();
    let start = starts[starts.len() / 2];

    let report = class.path().join("report.json");
    let (took, status, peak_kb) = grade(grader, &python, class.path(), &report, jobs, &[]);
    let graded = students * exercises.len();
    let rate = graded as f64 / took.as_secs_f64();
    let limit = jobs as f64 / start.as_secs_f64();

    println!("python: {}", python.display());
    println!(
        "class: {students} students × {} exercises = {graded} submissions ({} reference, {} wrong, {} broken)",
        exercises.len(),
        mix[0],
        mix[1],
        mix[2]
    );
    println!(
        "grader grade --jobs {jobs}: {:.1} s (exit status {}), {rate:.1} exercises/s",
        took.as_secs_f64(),
        status.code().map_or("killed".into(), |c| c.to_string())
    );
    println!(
        "python3 -I -c pass: median {:.1} ms of {PYTHON_ROUNDS} → limit {jobs} / {:.3} s = {limit:.1} exercises/s",
        start.as_secs_f64() * 1000.0,
        start.as_secs_f64()
    );
    println!("ratio: {:.2} of the limit (target ≥ 0.7)", rate / limit);
    // Part of that time is the cases themselves: sleeps, timing checks and
    // the time limits wrong solutions run into.  What is left is the cost
    // of grading: starting the harness, forking, judging, reporting.  (A
    // learner's report gives hidden cases no duration, so this counts the
    // visible cases' time only and overstates the grader's share.)
    let in_cases = case_seconds(&report);
    let busy = jobs as f64 * took.as_secs_f64();
    let per_exercise = (busy - in_cases).max(0.0) / graded as f64;
    println!(
        "time inside cases: {in_cases:.1} s of {busy:.1} s of worker time; the rest is {:.1} ms per exercise, {:.2}× a bare Python start ({:.2} of the limit without the cases' own time)",
        per_exercise * 1000.0,
        per_exercise / start.as_secs_f64(),
        start.as_secs_f64() / per_exercise.max(1e-9)
    );
    // The CPU-bound part of the pack: no case sleeps or waits on threads,
    // so the time is the grader's and the learner code's own.
    let quick: Vec<String> = exercises
        .iter()
        .filter(|id| {
            !id.starts_with("concurrency/")
                && !std::fs::read_to_string(pack.join(id.as_str()).join("exercise.yaml"))
                    .unwrap_or_default()
                    .contains("sleep")
        })
        .cloned()
        .collect();
    let quick_report = class.path().join("quick.json");
    let (quick_took, _, _) = grade(grader, &python, class.path(), &quick_report, jobs, &quick);
    let quick_rate = (students * quick.len()) as f64 / quick_took.as_secs_f64();
    println!(
        "CPU-bound subset ({} exercises without sleeping cases): {:.1} s, {quick_rate:.1} exercises/s, {:.2} of the limit (target ≥ 2.0)",
        quick.len(),
        quick_took.as_secs_f64(),
        quick_rate / limit
    );
    if peak_kb > 0 {
        println!(
            "grader peak memory (VmHWM): {:.1} MB (target < 50 MB)",
            peak_kb as f64 / 1024.0
        );
    } else {
        println!("grader peak memory: unavailable (no /proc on this system)");
    }
}

/// Grades the class (only `only`'s exercises when given) and returns the
/// wall time, the exit status and the grader's peak memory in KiB.
fn grade(
    grader: &str,
    python: &Path,
    class: &Path,
    report: &Path,
    jobs: usize,
    only: &[String],
) -> (Duration, std::process::ExitStatus, u64) {
    let mut cmd = Command::new(grader);
    cmd.args(["grade", "--quiet", "--jobs", &jobs.to_string()])
        .arg(class.join("students"))
        .arg("--format")
        .arg(format!("json={}", report.display()));
    if !only.is_empty() {
        cmd.arg("--only").args(only);
    }
    let mut child = cmd
        .env("GRADER_PYTHON", python)
        .env_remove("GITHUB_ACTIONS")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn grader");
    let began = Instant::now();
    let status_file = PathBuf::from(format!("/proc/{}/status", child.id()));
    let mut peak_kb = 0u64;
    let status = loop {
        // VmHWM is the process's own high-water mark; the last reading
        // before it exits is its peak.
        if let Some(kb) = vm_hwm_kb(&status_file) {
            peak_kb = peak_kb.max(kb);
        }
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (began.elapsed(), status, peak_kb)
}

/// Every `<topic>/<name>` of the built-in pack.
fn exercise_ids(pack: &Path) -> Vec<String> {
    let mut ids = Vec::new();
    for topic in std::fs::read_dir(pack).expect("pack").flatten() {
        if !topic.path().is_dir() {
            continue;
        }
        for ex in std::fs::read_dir(topic.path()).expect("topic").flatten() {
            // Module exercises only: a project's solution is a folder.
            if ex.path().join("exercise.yaml").is_file() && ex.path().join("solution.py").is_file()
            {
                ids.push(format!(
                    "{}/{}",
                    topic.file_name().to_string_lossy(),
                    ex.file_name().to_string_lossy()
                ));
            }
        }
    }
    ids.sort();
    ids
}

/// Writes `students/sNN/<topic>/<name>.py`: half reference solutions, a
/// quarter known-wrong files from the pack, a quarter syntax errors.
/// Returns how many of each.
fn write_class(root: &Path, pack: &Path, ids: &[String], students: usize) -> [usize; 3] {
    let mut mix = [0; 3];
    for s in 0..students {
        for (j, id) in ids.iter().enumerate() {
            let dir = pack.join(id);
            let wrong: Vec<PathBuf> = std::fs::read_dir(dir.join("wrong"))
                .map(|r| r.flatten().map(|e| e.path()).collect())
                .unwrap_or_default();
            let kind = (s + j) % 4;
            let text = match kind {
                0 | 1 => read(&dir.join("solution.py")),
                2 if !wrong.is_empty() => read(&wrong[s % wrong.len()]),
                _ => "def broken(:\n    pass\n".to_string(),
            };
            mix[match kind {
                0 | 1 => 0,
                2 if !wrong.is_empty() => 1,
                _ => 2,
            }] += 1;
            let file = root.join(format!("students/s{s:03}/{id}.py"));
            std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
            std::fs::write(file, text).expect("write");
        }
    }
    mix
}

/// The wall time all cases of the report took, in seconds.
fn case_seconds(report: &Path) -> f64 {
    let text = std::fs::read_to_string(report).unwrap_or_default();
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
        return 0.0;
    };
    let mut ms = 0u64;
    for student in json["students"].as_array().into_iter().flatten() {
        for ex in student["exercises"].as_array().into_iter().flatten() {
            for case in ex["cases"].as_array().into_iter().flatten() {
                ms += case["duration_ms"].as_u64().unwrap_or(0);
            }
        }
    }
    ms as f64 / 1000.0
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn vm_hwm_kb(status: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(status).ok()?;
    let line = text.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
