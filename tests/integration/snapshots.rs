//! The exact human output for each verdict kind, and for the learner's
//! progress views, as reviewed snapshots: a change in wording shows up as a
//! snapshot diff to review (`cargo insta review`, or INSTA_UPDATE=always and
//! read the diff).  Durations are filtered out; paths are relative.

use crate::util::{Workspace, grader_in, init_practice, learner_solution, test_pack};

/// `grader check` of a submission fixture as `probe/square.py`, from inside
/// the folder so the path shows as given: exit code, then stdout.
fn check_output(fixture: &str) -> String {
    let ws = Workspace::new();
    ws.submission(fixture);
    let pack = test_pack();
    let out = grader_in(
        Some(ws.dir.path()),
        &[
            "check",
            "--exercises",
            pack.to_str().expect("utf8"),
            "probe/square.py",
        ],
    );
    format!("exit code: {}\n{}", out.code, out.stdout)
}

fn assert_human(name: &str, text: &str) {
    insta::with_settings!({
        filters => vec![
            (r"\b\d+ ms\b", "[N] ms"),
            // How much a flood printed before it was stopped varies.
            (r"printed \d+ bytes", "printed [N] bytes"),
        ],
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn human_output_passed() {
    assert_human("verdict_passed", &check_output("pass.py"));
}

#[test]
fn human_output_failed_with_a_diff() {
    assert_human("verdict_failed", &check_output("wrong_output.py"));
}

#[test]
fn human_output_error_with_a_trimmed_traceback() {
    assert_human("verdict_error", &check_output("raises.py"));
}

#[test]
fn human_output_timeout_names_the_running_line() {
    // A sleep, not a busy loop: a loop may be sampled on either of its lines.
    assert_human("verdict_timeout", &check_output("sleeps.py"));
}

#[test]
fn human_output_crashed() {
    assert_human("verdict_crashed", &check_output("segfault.py"));
}

#[test]
fn human_output_memory() {
    assert_human("verdict_memory", &check_output("memory_hog.py"));
}

#[test]
fn human_output_output_limit() {
    assert_human("verdict_output_limit", &check_output("flood_stdout.py"));
}

#[test]
fn human_output_import_error_points_at_the_line() {
    assert_human("verdict_syntax_error", &check_output("syntax_error.py"));
}

#[test]
fn human_output_exit_during_a_case() {
    assert_human("verdict_exit_in_case", &check_output("exit_in_case.py"));
}

#[test]
fn human_output_of_list_next_and_hint_in_a_workspace() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    std::fs::write(
        root.join("basics/greet.py"),
        learner_solution("basics/greet"),
    )
    .expect("w");
    std::fs::write(
        root.join("drills/tally.py"),
        "def tally(items):\n    return {}\n",
    )
    .expect("w");
    grader_in(Some(&root), &["check", "basics/greet.py"]).code(0);
    grader_in(Some(&root), &["check", "drills/tally.py"]).code(1);
    let mut text = String::new();
    for args in [&["list"][..], &["next"], &["hint", "drills/tally"]] {
        let out = grader_in(Some(&root), args);
        text.push_str(&format!(
            "$ grader {}\nexit code: {}\n{}\n",
            args.join(" "),
            out.code,
            out.stdout
        ));
    }
    assert_human("learner_views", &text);
}

/// A pack whose one exercise has the shapes `show` must render: a block
/// under a decorator, a loop whose output interleaves with later lines, a
/// case that prints nothing, a numeric comparison, and hidden cases with
/// limits of their own.
fn show_pack(ws: &Workspace) -> std::path::PathBuf {
    ws.write(
        "pack/topics.yaml",
        "topics:\n  - id: demo\n    title: Demo\n    section: tests\n",
    );
    ws.write(
        "pack/demo/twice/exercise.yaml",
        r#"title: Call twice
difficulty: 1
statement: Define `twice(f)`, a decorator whose wrapper calls `f` two times.
interface: |
  def twice(f): ...
limits:
  time: 2
cases:
  - name: decorates a function
    code: |
      calls = []
      @twice
      def hello(name):
          calls.append(name)
          print("called", name)
      hello("a")
      for c in calls:
          print(c)
      print(len(calls))
    expect: "called a\ncalled a\na\na\n2\n"
  - name: returns nothing
    code: |
      twice(lambda: None)()
    expect: ""
  - name: a third
    code: print(1 / 3)
    expect: "0.333\n"
    compare: numeric
    tolerance: 0.001
  - name: many calls
    hidden: true
    explain: the wrapper calls `f` two times, however often it is called
    limits:
      time: 6
      memory_mb: 128
    code: print("secret code")
    expect: "secret output\n"
  - name: same limits
    hidden: true
    explain: the wrapper calls `f` two times
    code: print(2)
    expect: "2\n"
"#,
    );
    let solution =
        "def twice(f):\n    def wrapper(*a):\n        f(*a)\n        f(*a)\n    return wrapper\n";
    ws.write("pack/demo/twice/solution.py", solution);
    ws.write(
        "pack/demo/twice/starter.py",
        "def twice(f):\n    return f\n",
    );
    ws.write("solution.py", solution);
    ws.dir.path().join("pack")
}

#[test]
fn human_output_of_show() {
    let ws = Workspace::new();
    let pack = show_pack(&ws);
    let out = grader_in(
        Some(ws.dir.path()),
        &[
            "show",
            "--exercises",
            pack.to_str().expect("utf8"),
            "demo/twice",
        ],
    );
    assert_human("show", &format!("exit code: {}\n{}", out.code, out.stdout));
}

/// A visible case in `show` is code that runs as printed: pasted after
/// `from solution import *`, it prints what its "prints:" block says.
#[test]
fn show_prints_visible_cases_as_code_that_runs_as_printed() {
    let ws = Workspace::new();
    let pack = show_pack(&ws);
    let out = grader_in(
        Some(ws.dir.path()),
        &[
            "show",
            "--exercises",
            pack.to_str().expect("utf8"),
            "demo/twice",
        ],
    );
    out.code(0);
    let shown = anstream::adapter::strip_str(&out.stdout).to_string();
    let block = shown
        .split("\n  decorates a function\n")
        .nth(1)
        .expect("the first case is shown");
    let (code, rest) = block.split_once("\n  prints:\n").expect("a prints: line");
    let expected: Vec<&str> = rest
        .lines()
        .take_while(|l| l.starts_with("    "))
        .map(|l| &l[4..])
        .collect();
    let code: Vec<&str> = code
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect();
    let script = ws.write(
        "run_case.py",
        &format!("from solution import *\n{}\n", code.join("\n")),
    );
    let ran = std::process::Command::new("python3")
        .arg(&script)
        .current_dir(ws.dir.path())
        .output()
        .expect("python3 runs");
    assert!(ran.status.success(), "{ran:?}");
    assert_eq!(
        String::from_utf8_lossy(&ran.stdout)
            .lines()
            .collect::<Vec<_>>(),
        expected
    );
    // Hidden cases show their limits, never their code or output.
    assert!(
        shown.contains("case \"many calls\" (hidden): 6s per case · 128 MiB"),
        "{shown}"
    );
    assert!(!shown.contains("same limits"), "{shown}");
    assert!(!shown.contains("secret"), "{shown}");
}
