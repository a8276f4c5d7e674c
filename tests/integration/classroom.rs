//! `grader grade` and `grader merge`: a whole class through the real binary,
//! real Python and real (sometimes hostile) folders.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{Output, Workspace, fixtures, grader, grader_with_env, processes_with};

/// Generous: hangs are cut at 1 s per case, so a small class ends well
/// within this even on a loaded machine.  A hang would exceed it.
const HANG_BOUND: Duration = Duration::from_secs(90);

/// A pack for classes: `probe/square` worth 2 with its hidden case worth 3
/// of its 4 points, `probe/files` worth 1, and `probe/slow` for Ctrl-C.
pub(crate) fn class_pack(ws: &Workspace) -> String {
    ws.write(
        "pack/topics.yaml",
        "topics:\n  - id: probe\n    title: Probe\n    section: tests\n",
    );
    ws.write(
        "pack/probe/square/exercise.yaml",
        "title: Square a number
difficulty: 1
statement: Define `square(x)` returning `x * x`.
interface: |
  def square(x): ...
weight: 2
limits:
  time: 1
  total_time: 30
cases:
  - name: three
    code: print(square(3))
    expect: \"9\\n\"
  - name: negative
    code: print(square(-4))
    expect: \"16\\n\"
    hidden: true
    points: 3
",
    );
    let files = std::fs::read_to_string(fixtures().join("pack/probe/files/exercise.yaml"))
        .expect("files spec");
    ws.write("pack/probe/files/exercise.yaml", &files);
    ws.write(
        "pack/probe/slow/exercise.yaml",
        "title: Slow
difficulty: 1
statement: s
interface: i
limits:
  time: 60
  total_time: 120
cases:
  - name: one
    code: print(1)
    expect: \"1\\n\"
",
    );
    path_str(&ws.dir.path().join("pack"))
}

fn path_str(p: &Path) -> String {
    p.to_str().expect("utf-8 path").to_string()
}

pub(crate) fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("submissions").join(name)).expect("fixture")
}

const TOUCH: &str = "def touch(name):\n    open(name, \"w\").close()\n";
/// Passes the visible case, fails the hidden one: 1 of 4 points.
const HALF_RIGHT: &str = "def square(x):\n    return abs(x) * x\n";

/// `grader grade` in `ws` with the class pack.
pub(crate) fn grade(ws: &Workspace, pack: &str, args: &[&str]) -> Output {
    let mut all = vec!["grade", "--exercises", pack];
    all.extend_from_slice(args);
    crate::util::grader_in(Some(ws.dir.path()), &all)
}

pub(crate) fn read(ws: &Workspace, rel: &str) -> String {
    std::fs::read_to_string(ws.dir.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn json(ws: &Workspace, rel: &str) -> Value {
    serde_json::from_str(&read(ws, rel)).unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"))
}

fn student<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["students"]
        .as_array()
        .expect("students")
        .iter()
        .find(|s| s["student"] == name)
        .unwrap_or_else(|| panic!("no student {name:?} in {report:#}"))
}

fn exercise<'a>(student: &'a Value, id: &str) -> &'a Value {
    student["exercises"]
        .as_array()
        .expect("exercises")
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("no exercise {id}"))
}

fn case_statuses(exercise: &Value) -> Vec<String> {
    exercise["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["status"].as_str().expect("status").to_string())
        .collect()
}

/// Passing, failing, crashing, hanging, half-right and missing work.
fn mixed_class(ws: &Workspace) {
    ws.write("subs/alice/probe/square.py", &fixture("pass.py"));
    ws.write("subs/alice/probe/files.py", TOUCH);
    ws.write("subs/bob/probe/square.py", &fixture("wrong_output.py"));
    ws.write("subs/carol/probe/square.py", &fixture("segfault.py"));
    ws.write("subs/carol/probe/files.py", TOUCH);
    ws.write("subs/dave/probe/square.py", &fixture("busy_loop.py"));
    std::fs::create_dir_all(ws.dir.path().join("subs/erin")).expect("mkdir");
    ws.write("subs/frank/probe/square.py", HALF_RIGHT);
}

/// `grade` keeps one warm harness per exercise and worker: the second
/// student's submission runs on the harness that ran the first's, and finds
/// nothing of it — no file in /dev/shm or beside its case folder (one of
/// them made unreadable), no System V semaphore, no process, and not the
/// first student's source anywhere in its memory.  The second student's
/// code also checks that the harness was really reused.
#[test]
fn a_warm_harness_carries_nothing_from_one_student_to_the_next() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write(
        "subs/a_planter/probe/square.py",
        &fixture("plant_traces.py"),
    );
    ws.write("subs/b_seeker/probe/square.py", &fixture("seek_traces.py"));
    let out = grade(
        &ws,
        &pack,
        &[
            "subs",
            "--only",
            "probe/square",
            "--jobs",
            "1",
            "--format",
            "json=report.json",
        ],
    );
    let report = json(&ws, "report.json");
    // (The planter's own verdict depends on when its daemon left its
    // process group: not what this test is about.)
    let seeker = exercise(student(&report, "b_seeker"), "probe/square");
    assert_eq!(
        case_statuses(seeker),
        ["passed", "passed"],
        "{seeker:#}\n{}",
        out.stderr
    );
}

#[test]
fn a_mixed_class_gets_the_right_gradebook() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    mixed_class(&ws);
    let out = grade(
        &ws,
        &pack,
        &[
            "subs",
            "--only",
            "probe/files",
            "probe/square",
            "--format",
            "csv=grades.csv",
            "--format",
            "json=report.json",
        ],
    );
    out.code(1);
    assert!(out.elapsed < HANG_BOUND, "took {:?}", out.elapsed);

    // By hand: square is worth 2 (hidden case 3 of its 4 points), files 1.
    // frank passes the 1-point visible case only: 2 × 1/4 = 0.5.
    let expected = "student,probe/files,probe/square,total,max,percent,missing,notes\r\n\
        alice,1,2,3,3,100,0,\r\n\
        bob,0,0,0,3,0,1,\r\n\
        carol,1,0,1,3,33.33,0,\r\n\
        dave,0,0,0,3,0,1,\r\n\
        erin,0,0,0,3,0,2,subs/erin: the folder is empty\r\n\
        frank,0,0.5,0.5,3,16.67,1,\r\n";
    assert_eq!(read(&ws, "grades.csv"), expected);

    let report = json(&ws, "report.json");
    assert_eq!(report["kind"], "class");
    assert_eq!(report["complete"], true);
    let verdicts = |name: &str| case_statuses(exercise(student(&report, name), "probe/square"));
    assert_eq!(verdicts("alice"), ["passed", "passed"]);
    assert_eq!(verdicts("bob"), ["failed", "failed"]);
    assert_eq!(verdicts("carol"), ["crashed", "crashed"]);
    assert_eq!(verdicts("dave"), ["timeout", "timeout"]);
    assert_eq!(verdicts("frank"), ["passed", "failed"]);
    assert_eq!(
        exercise(student(&report, "erin"), "probe/square")["status"],
        "missing"
    );
    assert_eq!(
        exercise(student(&report, "bob"), "probe/files")["status"],
        "missing"
    );
    // A hidden case never carries its diff.
    let bob = exercise(student(&report, "bob"), "probe/square");
    assert!(
        bob["cases"][0]["diff"]
            .as_str()
            .is_some_and(|d| d.contains("-9"))
    );
    assert!(bob["cases"][1].get("diff").is_none());
    assert_eq!(report["summary"]["students"], 6);
    assert_eq!(report["summary"]["students_passed"], 1);
    // The terminal summary went to standard output.
    out.stdout_has("alice").stdout_has("6 students");
}

#[test]
fn junit_output_parses_as_junit() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("subs/bob/probe/square.py", &fixture("wrong_output.py"));
    ws.write("subs/carol/probe/square.py", &fixture("raises.py"));
    ws.write("subs/carol/probe/files.py", TOUCH);
    ws.write("subs/dan/probe/square.py", &fixture("syntax_error.py"));
    grade(
        &ws,
        &pack,
        &[
            "subs",
            "--only",
            "probe/files",
            "probe/square",
            "--format",
            "junit=junit.xml",
        ],
    )
    .code(1);
    let xml = read(&ws, "junit.xml");
    let report = quick_junit::Report::deserialize_from_str(&xml)
        .unwrap_or_else(|e| panic!("not JUnit ({e}):\n{xml}"));
    let suite = |name: &str| {
        report
            .test_suites
            .iter()
            .find(|s| s.name.as_str() == name)
            .unwrap_or_else(|| panic!("no suite {name:?} in\n{xml}"))
    };
    // A suite per student and exercise, a case per case.
    assert_eq!(report.test_suites.len(), 6);
    let bob = suite("bob: probe/square");
    assert_eq!((bob.tests, bob.failures, bob.errors), (2, 2, 0));
    let visible = &bob.test_cases[0];
    assert_eq!(visible.name.as_str(), "three");
    let quick_junit::TestCaseStatus::NonSuccess { description, .. } = &visible.status else {
        panic!("three should fail")
    };
    assert!(
        description
            .as_ref()
            .is_some_and(|d| d.as_str().contains("+6"))
    );
    let hidden = &bob.test_cases[1];
    assert_eq!(hidden.name.as_str(), "negative (hidden)");
    let quick_junit::TestCaseStatus::NonSuccess {
        description,
        message,
        ..
    } = &hidden.status
    else {
        panic!("the hidden case should fail")
    };
    assert!(description.is_none(), "a hidden case shows no diff");
    assert!(message.is_some());
    // Neither the hidden case's code, its expected output (16) nor bob's
    // output for it (-8) leaks.  (Durations and "UTF-8" hold such digits,
    // so the texts are checked one by one.)
    assert!(!xml.contains("square(-4)"), "{xml}");
    for suite in &report.test_suites {
        for case in &suite.test_cases {
            if let quick_junit::TestCaseStatus::NonSuccess {
                message,
                description,
                ..
            } = &case.status
            {
                for text in [message, description].into_iter().flatten() {
                    let text = text.as_str();
                    assert!(!text.contains("16") && !text.contains("-8"), "{text}");
                }
            }
        }
    }

    let carol = suite("carol: probe/square");
    assert_eq!((carol.tests, carol.errors), (2, 2));
    assert_eq!(suite("carol: probe/files").failures, 0);
    let dan = suite("dan: probe/square");
    assert_eq!((dan.tests, dan.errors), (1, 1));
    let missing = suite("bob: probe/files");
    assert_eq!((missing.tests, missing.failures), (1, 1));
    assert_eq!(missing.test_cases[0].name.as_str(), "(submission)");
}

#[test]
fn shards_merged_equal_the_unsharded_run() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    let kinds = [
        fixture("pass.py"),
        fixture("wrong_output.py"),
        fixture("syntax_error.py"),
        HALF_RIGHT.to_string(),
    ];
    for i in 0..10 {
        ws.write(
            &format!("subs/student {i:02}/probe/square.py"),
            &kinds[i % kinds.len()],
        );
        if i % 3 == 0 {
            ws.write(&format!("subs/student {i:02}/probe/files.py"), TOUCH);
        }
    }
    let only = ["--only", "probe/files", "probe/square"];
    let run = |extra: &[&str]| {
        let mut args = vec!["subs"];
        args.extend_from_slice(&only);
        args.extend_from_slice(extra);
        grade(&ws, &pack, &args)
    };
    run(&["--format", "json=all.json", "--format", "csv=all.csv"]).code(1);
    let mut seen = 0;
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let file = format!("json=shard-{k}.json");
        let out = run(&["--shard", &shard, "--format", &file]);
        assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
        let part = json(&ws, &format!("shard-{k}.json"));
        assert_eq!(part["shard"]["index"], k);
        seen += part["students"].as_array().expect("students").len();
    }
    // Every student is in exactly one shard.
    assert_eq!(seen, 10);

    grader_in_ws(
        &ws,
        &[
            "merge",
            "shard-1.json",
            "shard-2.json",
            "shard-3.json",
            "--format",
            "json=merged.json",
            "--format",
            "csv=merged.csv",
        ],
    )
    .code(1);
    let strip = |mut v: Value| {
        strip_durations(&mut v);
        v
    };
    assert_eq!(
        strip(json(&ws, "merged.json")),
        strip(json(&ws, "all.json"))
    );
    assert_eq!(read(&ws, "merged.csv"), read(&ws, "all.csv"));

    // Without shard 3 the merge is partial, and says so.
    let out = grader_in_ws(
        &ws,
        &[
            "merge",
            "shard-1.json",
            "shard-2.json",
            "--format",
            "json=partial.json",
        ],
    );
    out.stderr_has("shard 3/3 is missing");
    assert_eq!(json(&ws, "partial.json")["complete"], false);
}

fn grader_in_ws(ws: &Workspace, args: &[&str]) -> Output {
    crate::util::grader_in(Some(ws.dir.path()), args)
}

fn strip_durations(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.remove("duration_ms");
            map.values_mut().for_each(strip_durations);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_durations),
        _ => {}
    }
}

#[test]
fn resume_keeps_unchanged_students_and_regrades_a_changed_one() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("subs/alice/probe/square.py", &fixture("pass.py"));
    ws.write("subs/bob/probe/square.py", &fixture("wrong_output.py"));
    ws.write("subs/carol/probe/square.py", HALF_RIGHT);
    let args = [
        "subs",
        "--only",
        "probe/square",
        "--format",
        "json=report.json",
    ];
    grade(&ws, &pack, &args).code(1);
    let first = json(&ws, "report.json");

    // bob fixes his file; nothing else changes.
    ws.write("subs/bob/probe/square.py", &fixture("pass.py"));
    let mut again = args.to_vec();
    again.extend_from_slice(&["--resume", "report.json"]);
    let out = grade(&ws, &pack, &again);
    out.code(1)
        .stderr_has("kept the grades of 2 unchanged students")
        .stderr_has("grading 1 exercise submissions");
    let second = json(&ws, "report.json");
    assert_eq!(student(&second, "alice"), student(&first, "alice"));
    assert_eq!(student(&second, "carol"), student(&first, "carol"));
    assert_eq!(
        exercise(student(&second, "bob"), "probe/square")["status"],
        "passed"
    );

    // A changed spec changes what every grade means: everyone is regraded.
    let spec = read(&ws, "pack/probe/square/exercise.yaml").replace("weight: 2", "weight: 3");
    ws.write("pack/probe/square/exercise.yaml", &spec);
    grade(&ws, &pack, &again)
        .code(1)
        .stderr_has("graded under different conditions")
        .stderr_has("grading 3 exercise submissions");
}

#[test]
fn ctrl_c_leaves_a_valid_partial_report_and_no_process() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    let tag = format!("grader-ctrl-c-{}", std::process::id());
    ws.write("subs/a-fast/probe/slow.py", "def f():\n    return 1\n");
    ws.write(
        "subs/b-slow/probe/slow.py",
        &format!(
            "import subprocess, sys, time\n\
             subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)', {tag:?}])\n\
             time.sleep(120)\n"
        ),
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_grader"))
        .args([
            "grade",
            "--exercises",
            &pack,
            "subs",
            "--only",
            "probe/slow",
            "--jobs",
            "1",
            "--format",
            "json=report.json",
            "--format",
            "csv=grades.csv",
        ])
        .current_dir(ws.dir.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn grader");
    // One job at a time, in name order: once b-slow has started, a-fast is done.
    let start = Instant::now();
    // The sandbox lets the submission write nowhere the test can see, but
    // its tagged sleeper shows in /proc.
    while crate::util::processes_with(&tag).is_empty() {
        assert!(start.elapsed() < HANG_BOUND, "b-slow never started");
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = child.id().to_string();
    let sent = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill");
    assert!(sent.success());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(130));
    assert!(start.elapsed() < HANG_BOUND, "took {:?}", start.elapsed());

    let report = json(&ws, "report.json");
    assert_eq!(report["complete"], false);
    let names: Vec<&str> = report["students"]
        .as_array()
        .expect("students")
        .iter()
        .map(|s| s["student"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["a-fast"]);
    assert!(read(&ws, "grades.csv").starts_with("student,probe/slow,"));
    // No temp file left beside the reports.
    let leftovers: Vec<_> = std::fs::read_dir(ws.dir.path())
        .expect("ls")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".grader-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Learner processes live in their own groups; Ctrl-C must still end them.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !processes_with(&tag).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        processes_with(&tag).is_empty(),
        "{:?}",
        processes_with(&tag)
    );

    // Resuming grades the rest (now quick) and completes the report.
    ws.write("subs/b-slow/probe/slow.py", "def f():\n    return 2\n");
    let out = grade(
        &ws,
        &pack,
        &[
            "subs",
            "--only",
            "probe/slow",
            "--resume",
            "report.json",
            "--format",
            "json=report.json",
        ],
    );
    out.stderr_has("kept the grades of 1 unchanged student")
        .stderr_has("grading 1 exercise submissions");
    let report = json(&ws, "report.json");
    assert_eq!(report["complete"], true);
    assert_eq!(report["summary"]["students"], 2);
}

#[cfg(unix)]
#[test]
fn hostile_entries_are_reported_and_never_followed() {
    use std::os::unix::ffi::OsStrExt as _;

    let ws = Workspace::new();
    let pack = class_pack(&ws);
    let secret = "TOP-SECRET-ANSWER";
    ws.write(
        "outside/answers.py",
        &format!("def square(x):\n    return x * x  # {secret}\n"),
    );
    ws.write(
        "outside/probe/square.py",
        &format!("# {secret}\ndef square(x):\n    return x * x\n"),
    );
    let outside = ws.dir.path().join("outside");
    let subs = ws.dir.path().join("subs");

    // mallory: a link to the instructor's file, a FIFO, a junk file.
    ws.write("subs/mallory/notes.txt", "hello");
    std::fs::create_dir_all(subs.join("mallory/probe")).expect("mkdir");
    std::os::unix::fs::symlink(
        outside.join("answers.py"),
        subs.join("mallory/probe/square.py"),
    )
    .expect("symlink");
    let fifo = subs.join("mallory/probe/files.py");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    // A folder that is a link to someone else's work.
    std::os::unix::fs::symlink(&outside, subs.join("linked")).expect("symlink");
    // A folder where a file should be, and a file name that is not UTF-8.
    std::fs::create_dir_all(subs.join("oscar/probe/square.py")).expect("mkdir");
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9.py");
    std::fs::write(subs.join("oscar/probe").join(odd), "x = 1\n").expect("write");
    // A student folder whose name is not UTF-8, and one full of shell syntax.
    let latin1 = subs.join(std::ffi::OsStr::from_bytes(b"jos\xe9"));
    std::fs::create_dir_all(latin1.join("probe")).expect("mkdir");
    std::fs::write(latin1.join("probe/square.py"), fixture("pass.py")).expect("write");
    ws.write(
        "subs/$(touch pwned); `id` | zoë/probe/square.py",
        &fixture("pass.py"),
    );
    // Oversized, and not UTF-8 inside.
    ws.write("subs/peggy/probe/square.py", &"#".repeat(2 << 20));
    std::fs::create_dir_all(subs.join("quinn/probe")).expect("mkdir");
    std::fs::write(
        subs.join("quinn/probe/square.py"),
        b"def square(x):\n    return x * x  # \xff\n",
    )
    .expect("write");
    // A stray file beside the student folders.
    ws.write("subs/README.txt", "instructions");

    let out = grade(
        &ws,
        &pack,
        &[
            "subs",
            "--only",
            "probe/files",
            "probe/square",
            "--format",
            "json=r.json",
            "--format",
            "csv=r.csv",
            "--format",
            "junit=r.xml",
            "--format",
            "markdown=r.md",
        ],
    );
    out.code(1);
    assert!(out.elapsed < HANG_BOUND, "took {:?}", out.elapsed);
    assert!(!ws.dir.path().join("pwned").exists());

    let report = json(&ws, "r.json");
    let error_of = |name: &str, id: &str| {
        exercise(student(&report, name), id)["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} {id}: no error"))
            .to_string()
    };
    assert!(error_of("mallory", "probe/square").contains("symbolic link"));
    assert!(error_of("mallory", "probe/files").contains("named pipe"));
    assert!(error_of("oscar", "probe/square").contains("is a folder"));
    assert!(error_of("peggy", "probe/square").contains("at most"));
    assert!(error_of("quinn", "probe/square").contains("not UTF-8"));
    let notes = |name: &str| student(&report, name)["notes"].to_string();
    assert!(notes("mallory").contains("notes.txt"));
    assert!(
        notes("oscar").contains("caf\\\\xe9.py"),
        "{}",
        notes("oscar")
    );
    assert!(notes("linked").contains("symbolic link"));
    assert_eq!(student(&report, "linked")["summary"]["missing"], 2);
    assert_eq!(
        exercise(student(&report, "jos\\xe9"), "probe/square")["status"],
        "passed"
    );
    assert_eq!(
        exercise(
            student(&report, "$(touch pwned); `id` | zoë"),
            "probe/square"
        )["status"],
        "passed"
    );
    assert!(report["notes"].to_string().contains("README.txt"));

    // Every format reports the refusals, and none holds the outside file.
    for file in ["r.json", "r.csv", "r.xml", "r.md"] {
        let text = read(&ws, file);
        assert!(!text.contains(secret), "{file} leaks the outside file");
        assert!(
            text.contains("symbolic link"),
            "{file} lacks the link refusal"
        );
        assert!(text.contains("named pipe"), "{file} lacks the FIFO refusal");
        assert!(
            text.contains("not UTF"),
            "{file} lacks the encoding refusal"
        );
    }
    assert!(!out.stdout.contains(secret));
    out.stdout_has("symbolic link").stdout_has("named pipe");
}

#[test]
fn a_csv_manifest_names_students_and_files() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("uploads/x1/probe/square.py", &fixture("pass.py"));
    ws.write("uploads/x2.py", &fixture("wrong_output.py"));
    ws.write("uploads/x3/probe/files.py", TOUCH);
    ws.write(
        "roster.csv",
        "student,path,exercise\n\
         \"Smith, Ann\",uploads/x1\n\
         bob,uploads/x2.py,probe/square\n\
         bob,uploads/x3/probe/files.py\n\
         carl,uploads/nothing.py,probe/square\n",
    );
    grade(
        &ws,
        &pack,
        &[
            "roster.csv",
            "--only",
            "probe/files",
            "probe/square",
            "--format",
            "csv=g.csv",
        ],
    )
    .code(1);
    let csv = read(&ws, "g.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[1], "\"Smith, Ann\",0,2,2,3,66.67,1,");
    assert_eq!(lines[2], "bob,1,0,1,3,33.33,0,");
    assert!(lines[3].starts_with("carl,0,0,0,3,0,2,"), "{}", lines[3]);
    assert!(lines[3].contains("does not exist"), "{}", lines[3]);

    ws.write("bad.csv", "student,path\nann,\"unclosed\n");
    grade(&ws, &pack, &["bad.csv"])
        .code(2)
        .stderr_has("bad.csv:2");
}

#[test]
fn gradescope_mode_reads_and_writes_the_autograder_layout() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("autograder/submission/probe/square.py", HALF_RIGHT);
    ws.write("autograder/submission/probe/files.py", TOUCH);
    let root = path_str(&ws.dir.path().join("autograder"));
    // Exit 0: the student's score is in results.json, the autograder worked.
    grade(
        &ws,
        &pack,
        &[
            "--gradescope",
            &root,
            "--only",
            "probe/files",
            "probe/square",
        ],
    )
    .code(0);
    let results = json(&ws, "autograder/results/results.json");
    assert_eq!(results["score"], 1.5);
    // Not in Gradescope's specification: the points are set in Gradescope.
    assert!(results.get("max_score").is_none(), "{results:#}");
    assert_eq!(results["output_format"], "text");
    let tests = results["tests"].as_array().expect("tests");
    let find = |name: &str| {
        tests
            .iter()
            .find(|t| t["name"] == name)
            .unwrap_or_else(|| panic!("no test {name} in {results:#}"))
    };
    let hidden = find("probe/square: negative");
    assert_eq!(hidden["visibility"], "after_published");
    assert_eq!(hidden["status"], "failed");
    assert_eq!(hidden["max_score"], 1.5);
    assert!(!hidden["output"].as_str().expect("output").contains("16"));
    assert_eq!(find("probe/square: three")["score"], 0.5);
    assert_eq!(
        find("probe/files: creates the file")["visibility"],
        "visible"
    );
    let sum: f64 = tests
        .iter()
        .map(|t| t["max_score"].as_f64().expect("max"))
        .sum();
    assert!((sum - 3.0).abs() < 1e-9, "test max scores add up to {sum}");

    // A class cannot become one results.json.
    ws.write("subs/a/probe/square.py", HALF_RIGHT);
    ws.write("subs/b/probe/square.py", HALF_RIGHT);
    grade(&ws, &pack, &["subs", "--format", "gradescope=r.json"])
        .code(2)
        .stderr_has("one submission");
}

#[test]
fn github_actions_gets_a_step_summary_and_annotations_on_failing_lines() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("repo/probe/square.py", &fixture("raises.py"));
    ws.write("repo/probe/files.py", TOUCH);
    let summary = ws.dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").expect("write");
    let out = grader_with_env(
        Some(&ws.dir.path().join("repo")),
        &[
            "grade",
            "--exercises",
            &pack,
            "--single",
            ".",
            "--only",
            "probe/files",
            "probe/square",
        ],
        &[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_STEP_SUMMARY", &path_str(&summary)),
        ],
    );
    out.code(1)
        // raises.py raises on line 2, inside helper.
        .stdout_has("::error file=probe/square.py,line=2,title=probe/square%3A 0/2 cases passed::")
        .stdout_lacks("file=probe/files.py");
    let md = std::fs::read_to_string(&summary).expect("summary");
    assert!(md.starts_with("earlier step\n## Grades"), "{md}");
    assert!(md.contains("| probe/square | ❌ failed | 0/2 |"), "{md}");

    // Outside GitHub Actions: neither.
    grader_with_env(
        Some(&ws.dir.path().join("repo")),
        &[
            "grade",
            "--exercises",
            &pack,
            "--single",
            ".",
            "--only",
            "probe/square",
        ],
        &[("GITHUB_ACTIONS", "false")],
    )
    .code(1)
    .stdout_lacks("::error");
}

#[test]
fn out_dir_receives_every_class_format() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("subs/alice/probe/square.py", &fixture("pass.py"));
    grade(
        &ws,
        &pack,
        &["subs", "--only", "probe/square", "--out-dir", "reports"],
    )
    .code(0)
    .stdout_has("1 student");
    for file in [
        "report.json",
        "grades.csv",
        "junit.xml",
        "summary.md",
        "report.html",
    ] {
        let path: PathBuf = ws.dir.path().join("reports").join(file);
        assert!(path.is_file(), "{file} missing");
    }
    // Two formats cannot share standard output.
    grade(&ws, &pack, &["subs", "--format", "json", "--format", "csv"])
        .code(2)
        .stderr_has("only one format");
}

#[test]
fn grade_refuses_what_is_not_a_class() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    std::fs::create_dir_all(ws.dir.path().join("nobody")).expect("mkdir");
    grade(&ws, &pack, &["nobody"])
        .code(2)
        .stderr_has("holds no students");
    grade(&ws, &pack, &["missing-folder"])
        .code(2)
        .stderr_has("does not exist");
    grader(&["merge", "/nonexistent/report.json"])
        .code(2)
        .stderr_has("cannot read");
}

#[test]
fn the_report_names_the_sandbox_layers_doctor_finds_active() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("subs/alice/probe/square.py", &fixture("pass.py"));
    grade(
        &ws,
        &pack,
        &["subs", "--only", "probe/square", "--format", "json=r.json"],
    )
    .code(0);
    let report = json(&ws, "r.json");
    let listed: Vec<&str> = report["sandbox"]
        .as_array()
        .expect("sandbox")
        .iter()
        .map(|l| l.as_str().expect("name"))
        .collect();
    let doctor = crate::util::grader(&["doctor"]);
    let active: Vec<&str> = doctor
        .stdout
        .lines()
        .filter_map(|l| l.trim().strip_prefix("✓ active"))
        .filter_map(|rest| rest.split_whitespace().next())
        .collect();
    assert!(!active.is_empty(), "{}", doctor.stdout);
    assert_eq!(listed, active, "doctor:\n{}", doctor.stdout);
}
