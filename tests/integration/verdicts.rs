//! One test per verdict kind, each through a real submission.

use std::time::Duration;

use crate::util::{Workspace, check_fixture, grader, processes_with, test_pack};

/// Generous: a 1 s case limit must end the whole run well within this, even
/// on a loaded machine.  Not a performance check; a hang would exceed it.
const HANG_BOUND: Duration = Duration::from_secs(20);

#[test]
fn a_correct_solution_passes() {
    check_fixture("pass.py", &[])
        .code(0)
        .stdout_has("probe/square: 2/2 cases passed");
}

#[test]
fn wrong_output_shows_a_diff_for_visible_cases_only() {
    let out = check_fixture("wrong_output.py", &[]);
    out.code(1)
        .stdout_has("✗ three")
        .stdout_has("failed")
        .stdout_has("--- expected")
        .stdout_has("-9")
        .stdout_has("+6")
        .stdout_has("negative (hidden)")
        .stdout_has("probe/square: 0/2 cases passed");
    // The hidden case's code and expected output never appear.
    out.stdout_lacks("square(-4)")
        .stdout_lacks("16")
        .stdout_lacks("-8");
}

#[test]
fn an_exception_is_an_error_with_the_learners_line() {
    let out = check_fixture("raises.py", &[]);
    out.code(1)
        .stdout_has("error")
        .stdout_has("raised ValueError: negative numbers are not my thing: 3")
        .stdout_has("probe/square.py:2 in helper")
        .stdout_has("probe/square.py:6 in square");
    // The harness's own frames are not shown.
    out.stdout_lacks("harness.py");
}

fn assert_timeout(fixture: &str) {
    let out = check_fixture(fixture, &[]);
    out.code(1)
        .stdout_has("timeout")
        .stdout_has("did not finish within 1s");
    assert!(out.elapsed < HANG_BOUND, "took {:?}", out.elapsed);
}

#[test]
fn a_busy_loop_times_out_and_names_the_running_line() {
    let out = check_fixture("busy_loop.py", &[]);
    out.code(1)
        .stdout_has("timeout")
        .stdout_has("; it was running ")
        .stdout_has("probe/square.py:4 (while True: x += 1)");
    assert!(out.elapsed < HANG_BOUND, "took {:?}", out.elapsed);
}

#[test]
fn a_long_sleep_times_out() {
    assert_timeout("sleeps.py");
}

#[test]
fn ignoring_sigterm_does_not_survive_the_deadline() {
    assert_timeout("ignores_sigterm.py");
}

#[test]
fn no_process_outlives_a_timed_out_case() {
    let marker = format!("grader-test-marker-{}", std::process::id());
    let ws = Workspace::new();
    let text =
        std::fs::read_to_string(crate::util::fixtures().join("submissions/leaves_children.py"))
            .expect("fixture")
            .replace("MARKER", &marker);
    let file = ws.write("probe/square.py", &text);
    let pack = test_pack();
    let out = grader(&[
        "check",
        "--exercises",
        pack.to_str().expect("utf8"),
        file.to_str().expect("utf8"),
    ]);
    out.code(1).stdout_has("timeout");
    // Killing is immediate, but give the kernel a moment to reap.
    let mut left = processes_with(&marker);
    for _ in 0..20 {
        if left.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        left = processes_with(&marker);
    }
    assert!(left.is_empty(), "processes survived the run: {left:?}");
}

#[test]
fn a_segfault_is_a_crash() {
    check_fixture("segfault.py", &[])
        .code(1)
        .stdout_has("crashed")
        .stdout_has("SIGSEGV");
}

#[test]
fn one_huge_allocation_is_a_memory_verdict() {
    check_fixture("memory_hog.py", &[])
        .code(1)
        .stdout_has("memory")
        .stdout_has("ran out of memory (the limit is 256 MiB)");
}

#[test]
fn steady_growth_is_a_memory_verdict() {
    check_fixture("memory_growth.py", &[])
        .code(1)
        .stdout_has("ran out of memory");
}

#[test]
fn a_stdout_flood_hits_the_output_limit() {
    let out = check_fixture("flood_stdout.py", &[]);
    out.code(1)
        .stdout_has("output-limit")
        .stdout_has("to stdout; the limit is 16384 bytes");
    assert!(out.elapsed < HANG_BOUND);
    // What is shown of the flood is capped.
    assert!(
        out.stdout.len() < 64 << 10,
        "report is {} bytes",
        out.stdout.len()
    );
}

#[test]
fn a_stderr_flood_hits_the_output_limit() {
    check_fixture("flood_stderr.py", &[])
        .code(1)
        .stdout_has("output-limit")
        .stdout_has("to stderr");
}

#[test]
fn megabytes_without_a_newline_hit_the_output_limit() {
    check_fixture("no_newline_flood.py", &[])
        .code(1)
        .stdout_has("output-limit");
}

#[test]
fn a_syntax_error_is_one_error_with_file_and_line() {
    let out = check_fixture("syntax_error.py", &[]);
    out.code(1)
        .stdout_has("SyntaxError")
        .stdout_has("probe/square.py:2")
        .stdout_has("return x *")
        .stdout_has("probe/square: error, no case could run");
    // One error for the exercise, not one per case.
    out.stdout_lacks("✗ three");
}

/// Python reports an unknown encoding with offset -1: the harness's own
/// report must say so, not read as a report the learner tampered with.
#[test]
fn an_unknown_source_encoding_is_a_syntax_error_not_tampering() {
    check_fixture("bad_encoding_cookie.py", &[])
        .code(1)
        .stdout_has("SyntaxError: unknown encoding: bogus")
        .stdout_has("probe/square: error, no case could run")
        .stdout_lacks("could not be trusted")
        .stdout_lacks("file descriptors");
}

#[test]
fn sys_exit_during_import_is_one_clear_error() {
    check_fixture("exit_at_import.py", &[])
        .code(1)
        .stdout_has("your module called sys.exit(0) while being imported")
        .stdout_has("about to leave")
        .stdout_lacks("✗ three");
}

#[test]
fn os_exit_during_import_is_one_clear_error() {
    check_fixture("os_exit_at_import.py", &[])
        .code(1)
        .stdout_has("your module ended the process (exit status 0) while being imported");
}

#[test]
fn reading_stdin_at_import_is_explained() {
    check_fixture("reads_stdin.py", &[])
        .code(1)
        .stdout_has("EOFError")
        .stdout_has("probe/square.py:1")
        .stdout_has("no input");
}

#[test]
fn a_missing_module_is_one_error() {
    check_fixture("missing_module.py", &[])
        .code(1)
        .stdout_has("ModuleNotFoundError: No module named 'numpy_is_not_installed_here'")
        .stdout_has("probe/square.py:1");
}

#[test]
fn exiting_during_a_case_is_an_error_not_a_pass() {
    check_fixture("exit_in_case.py", &[])
        .code(1)
        .stdout_has("called sys.exit(0) during the case");
    check_fixture("os_exit_in_case.py", &[])
        .code(1)
        .stdout_has("the case ended abnormally (exit status 0)");
}

#[test]
fn lies_on_every_descriptor_do_not_pass() {
    let out = check_fixture("lies.py", &["--format", "json"]);
    out.code(1);
    let report = out.json();
    let ex = &report["exercises"][0];
    assert_ne!(ex["status"], "passed");
    for case in ex["cases"].as_array().expect("cases") {
        assert_ne!(case["status"], "passed", "{case}");
    }
}

#[test]
fn lies_at_import_are_an_error_not_a_pass() {
    check_fixture("lies_at_import.py", &[])
        .code(1)
        .stdout_has("the import could not be trusted")
        .stdout_has("probe/square: error, no case could run");
}

#[test]
fn json_report_follows_the_schema() {
    let out = check_fixture("wrong_output.py", &["--format", "json"]);
    out.code(1);
    let r = out.json();
    assert_eq!(r["schema"], 1);
    assert!(r["python"].as_str().is_some_and(|v| v.starts_with('3')));
    let ex = &r["exercises"][0];
    assert_eq!(ex["id"], "probe/square");
    assert_eq!(ex["status"], "failed");
    assert_eq!(ex["score"], 0.0);
    let cases = ex["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[0]["name"], "three");
    assert_eq!(cases[0]["hidden"], false);
    assert_eq!(cases[0]["status"], "failed");
    assert!(cases[0]["duration_ms"].is_u64());
    assert!(cases[0]["diff"].as_str().is_some_and(|d| d.contains("+6")));
    assert_eq!(cases[1]["hidden"], true);
    assert!(cases[1].get("diff").is_none(), "hidden cases carry no diff");
    assert_eq!(r["summary"]["exercises"], 1);
    assert_eq!(r["summary"]["failed"], 1);
    assert_eq!(r["summary"]["cases"], 2);
    assert_eq!(r["summary"]["cases_passed"], 0);
}

#[test]
fn json_report_can_go_to_a_file() {
    let ws = Workspace::new();
    let report = ws.dir.path().join("out.json");
    let out = check_fixture(
        "pass.py",
        &[
            "--format",
            "json",
            "--output",
            report.to_str().expect("utf8"),
        ],
    );
    out.code(0);
    assert!(out.stdout.is_empty());
    let text = std::fs::read_to_string(&report).expect("report written");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["exercises"][0]["status"], "passed");
    assert_eq!(v["exercises"][0]["score"], 1.0);
}

#[test]
fn files_written_by_one_case_are_not_seen_by_the_next() {
    let ws = Workspace::new();
    let file = ws.write(
        "probe/files.py",
        "def touch(name):\n    open(name, 'w').close()\n",
    );
    let pack = test_pack();
    grader(&[
        "check",
        "--exercises",
        pack.to_str().expect("utf8"),
        file.to_str().expect("utf8"),
    ])
    .code(0)
    .stdout_has("probe/files: 2/2 cases passed");
}

/// Whether the test pack's toolchain (the built-in pins) is installed;
/// CI installs it (`grader toolchain install` in .ci/run).
fn toolchain_ready() -> bool {
    let pack = test_pack();
    let out = grader(&[
        "--exercises",
        pack.to_str().expect("utf8"),
        "toolchain",
        "status",
    ]);
    assert!(
        out.code == 0 || std::env::var_os("CI").is_none(),
        "CI must install the toolchain before the tests (see .ci/run):\n{}",
        out.stdout
    );
    out.code == 0
}

#[test]
fn the_test_pack_pins_the_same_toolchain_as_the_builtin_one() {
    let pins = |p: std::path::PathBuf| -> Vec<String> {
        std::fs::read_to_string(p)
            .expect("read")
            .lines()
            .filter(|l| l.trim_start().starts_with("- "))
            .map(str::to_string)
            .collect()
    };
    let builtin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/toolchain.yaml");
    assert_eq!(pins(test_pack().join("toolchain.yaml")), pins(builtin));
}

#[test]
fn a_static_check_without_the_toolchain_is_not_graded_not_passed() {
    let ws = Workspace::new();
    let file = ws.write(
        "probe/typed.py",
        "def greet(name):\n    return 'hi ' + name\n",
    );
    let pack = test_pack();
    let empty = tempfile::tempdir().expect("tmp");
    // Whether or not some mypy is installed for python3: only the pinned
    // one counts, and there is none in this toolchain folder.
    let out = crate::util::grader_with_env(
        None,
        &[
            "check",
            "--format",
            "json",
            "--exercises",
            pack.to_str().expect("utf8"),
            file.to_str().expect("utf8"),
        ],
        &[("GRADER_TOOLCHAIN_DIR", empty.path().to_str().expect("utf8"))],
    );
    out.code(1);
    let r = out.json();
    let sc = &r["exercises"][0]["static_check"];
    assert_eq!(sc["status"], "skipped", "{sc}");
    assert!(
        sc["output"]
            .as_str()
            .is_some_and(|o| o.contains("toolchain install")),
        "{sc}"
    );
    assert_eq!(r["exercises"][0]["status"], "not-graded");
}

#[test]
fn a_static_check_runs_on_the_pinned_mypy() {
    if !toolchain_ready() {
        return;
    }
    let ws = Workspace::new();
    let pack = test_pack();
    let pack = pack.to_str().expect("utf8");
    let bad = ws.write(
        "a/probe/typed.py",
        "def greet(name):\n    return 'hi ' + name\n",
    );
    let out = grader(&["check", "--exercises", pack, bad.to_str().expect("utf8")]);
    out.code(1)
        .stdout_has("✗ static check: mypy --strict  failed")
        .stdout_has("probe/typed.py:1: error: Function is missing a type annotation")
        .stdout_has("1/1 cases passed, static check failed");
    let good = ws.write(
        "b/probe/typed.py",
        "def greet(name: str) -> str:\n    return 'hi ' + name\n",
    );
    grader(&["check", "--exercises", pack, good.to_str().expect("utf8")])
        .code(0)
        .stdout_has("✓ static check: mypy --strict  passed");
}

/// A file that switches mypy off for itself fails the check, though mypy
/// itself would have said nothing.
#[test]
fn a_static_check_refuses_a_file_that_silences_it() {
    if !toolchain_ready() {
        return;
    }
    let ws = Workspace::new();
    let pack = test_pack();
    let pack = pack.to_str().expect("utf8");
    let file = ws.write(
        "probe/typed.py",
        "# mypy: ignore-errors\ndef greet(name):\n    return 'hi ' + name\n",
    );
    grader(&["check", "--exercises", pack, file.to_str().expect("utf8")])
        .code(1)
        .stdout_has("✗ static check: mypy --strict  failed")
        .stdout_has("probe/typed.py:1: error: the static check counts every complaint of mypy");
}

/// The static check starts from a cache of the standard library kept in the
/// toolchain; the learner's own module must never be judged from another
/// check's cache entry, even for files of the same size, name and second.
#[test]
fn a_static_check_judges_each_file_afresh() {
    if !toolchain_ready() {
        return;
    }
    let ws = Workspace::new();
    let pack = test_pack();
    let pack = pack.to_str().expect("utf8");
    let good = "def greet(name: str) -> str:\n    return 'hi ' + name\n";
    let bad = "def greet(name: str) -> int:\n    return 'hi ' + name\n";
    assert_eq!(good.len(), bad.len());
    let file = ws.write("probe/typed.py", good);
    let path = file.to_str().expect("utf8");
    for source in [good, bad, good, bad] {
        ws.write("probe/typed.py", source);
        let out = grader(&["check", "--exercises", pack, path]);
        if source == good {
            out.code(0)
                .stdout_has("✓ static check: mypy --strict  passed");
        } else {
            out.code(1).stdout_has(
                "probe/typed.py:2: error: Incompatible return value type (got \"str\", expected \"int\")",
            );
        }
    }
}
