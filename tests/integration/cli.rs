//! Bad input to the grader: each gets a clear error and exit code 2.

use crate::util::{Workspace, fixtures, grader, test_pack};

fn pack_arg() -> String {
    test_pack().to_str().expect("utf8").to_string()
}

#[test]
fn an_unknown_exercise_gets_a_suggestion() {
    let ws = Workspace::new();
    let file = ws.write("probe/sqare.py", "def square(x):\n    return x * x\n");
    grader(&[
        "check",
        "--exercises",
        &pack_arg(),
        file.to_str().expect("utf8"),
    ])
    .code(2)
    .stderr_has("probe/sqare")
    .stderr_has("did you mean probe/square?");
}

#[test]
fn a_file_that_is_not_an_exercise_file_is_refused() {
    let file = fixtures().join("submissions/not_python.txt");
    grader(&[
        "check",
        "--exercises",
        &pack_arg(),
        file.to_str().expect("utf8"),
    ])
    .code(2)
    .stderr_has("is not an exercise file; give a .py file");
}

#[test]
fn a_missing_file_is_named() {
    grader(&["check", "--exercises", &pack_arg(), "probe/nowhere.py"])
        .code(2)
        .stderr_has("probe/nowhere.py does not exist");
}

#[test]
fn a_missing_interpreter_is_named() {
    let ws = Workspace::new();
    let file = ws.submission("pass.py");
    grader(&[
        "check",
        "--exercises",
        &pack_arg(),
        "--python",
        "/nonexistent/python3",
        file.to_str().expect("utf8"),
    ])
    .code(2)
    .stderr_has("no usable Python interpreter")
    .stderr_has("/nonexistent/python3");
}

#[test]
fn an_interpreter_that_is_not_python_is_refused() {
    let ws = Workspace::new();
    let file = ws.submission("pass.py");
    grader(&[
        "check",
        "--exercises",
        &pack_arg(),
        "--python",
        "/bin/false",
        file.to_str().expect("utf8"),
    ])
    .code(2)
    .stderr_has("does not run as Python 3");
}

/// A copy of the test pack whose spec is replaced by `spec`.
fn broken_pack(spec: &str) -> (Workspace, String, String) {
    let ws = Workspace::new();
    ws.write(
        "pack/topics.yaml",
        "topics:\n  - id: probe\n    title: Probe\n    section: tests\n",
    );
    ws.write("pack/probe/square/exercise.yaml", spec);
    let sub = ws.submission("pass.py");
    let pack = ws
        .dir
        .path()
        .join("pack")
        .to_str()
        .expect("utf8")
        .to_string();
    (ws, pack, sub.to_str().expect("utf8").to_string())
}

const GOOD_HEAD: &str = "title: t\ndifficulty: 1\nstatement: s\ninterface: i\n";

#[test]
fn a_misspelt_key_names_file_line_and_key() {
    let spec =
        format!("{GOOD_HEAD}cases:\n  - name: a\n    code: print(1)\n    expected: \"1\\n\"\n");
    let (_ws, pack, sub) = broken_pack(&spec);
    grader(&["check", "--exercises", &pack, &sub])
        .code(2)
        .stderr_has("exercise.yaml:8")
        .stderr_has("unknown field `expected`")
        .stderr_has("not a problem with your solution");
}

#[test]
fn a_wrong_type_names_the_line() {
    let spec = format!(
        "{GOOD_HEAD}limits:\n  time: soon\ncases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n"
    );
    let (_ws, pack, sub) = broken_pack(&spec);
    grader(&["check", "--exercises", &pack, &sub])
        .code(2)
        .stderr_has("exercise.yaml:6");
}

#[test]
fn duplicate_case_names_are_an_error() {
    let spec = format!(
        "{GOOD_HEAD}cases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n  - name: a\n    code: print(2)\n    expect: \"2\\n\"\n"
    );
    let (_ws, pack, sub) = broken_pack(&spec);
    grader(&["check", "--exercises", &pack, &sub])
        .code(2)
        .stderr_has("exercise.yaml:9")
        .stderr_has("duplicate case name \"a\" (first used on line 6)");
}

#[test]
fn case_code_that_does_not_compile_is_the_packs_fault() {
    let spec =
        format!("{GOOD_HEAD}cases:\n  - name: a\n    code: \"print(1\"\n    expect: \"1\\n\"\n");
    let (_ws, pack, sub) = broken_pack(&spec);
    grader(&["check", "--exercises", &pack, &sub])
        .code(2)
        .stdout_has("broken in the exercise pack");
}

#[test]
fn an_exercise_folder_missing_from_topics_is_reported() {
    let (ws, pack, sub) = broken_pack(&format!(
        "{GOOD_HEAD}cases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n"
    ));
    ws.write("pack/stray/thing/exercise.yaml", "title: x\n");
    grader(&["check", "--exercises", &pack, &sub])
        .code(2)
        .stderr_has("stray/thing/exercise.yaml")
        .stderr_has("is not listed in");
}

#[test]
fn a_folder_is_searched_for_exercise_files_and_junk_is_noted() {
    let ws = Workspace::new();
    ws.submission("pass.py");
    ws.write("probe/notes.py", "x = 1\n");
    ws.write("README.txt", "hello\n");
    let dir = ws.dir.path().to_str().expect("utf8").to_string();
    grader(&["check", "--exercises", &pack_arg(), &dir])
        .code(0)
        .stdout_has("probe/square: 2/2 cases passed")
        .stderr_has("skipped")
        .stderr_has("notes.py");
}

#[test]
fn exercise_flag_overrides_the_file_name() {
    let ws = Workspace::new();
    let file = ws.write("attempt.py", "def square(x):\n    return x * x\n");
    grader(&[
        "check",
        "--exercises",
        &pack_arg(),
        "--exercise",
        "probe/square",
        file.to_str().expect("utf8"),
    ])
    .code(0);
}

/// Copies these files of the test pack into `ws`'s `pack/` folder.
fn copy_from_test_pack(ws: &Workspace, files: &[&str]) {
    let src = test_pack();
    for rel in files {
        ws.write(
            &format!("pack/{rel}"),
            &std::fs::read_to_string(src.join(rel)).expect("read"),
        );
    }
}

#[test]
fn verify_names_a_wrong_file_that_passes() {
    let ws = Workspace::new();
    copy_from_test_pack(
        &ws,
        &[
            "topics.yaml",
            "probe/square/exercise.yaml",
            "probe/square/solution.py",
            "probe/square/starter.py",
        ],
    );
    ws.write(
        "pack/probe/square/wrong/actually_right.py",
        "def square(x):\n    return x ** 2\n",
    );
    let pack = ws.dir.path().join("pack");
    grader(&["verify", "--exercises", pack.to_str().expect("utf8")])
        .code(1)
        .stdout_has("wrong/actually_right.py passes every case");
}

#[test]
fn verify_repeat_names_a_case_whose_verdict_changes_between_runs() {
    let ws = Workspace::new();
    let src = test_pack();
    copy_from_test_pack(
        &ws,
        &[
            "topics.yaml",
            "probe/square/solution.py",
            "probe/square/starter.py",
            "probe/square/wrong/double.py",
        ],
    );
    // A case that passes on a coin toss, as a case racing a timer would.
    let spec = std::fs::read_to_string(src.join("probe/square/exercise.yaml")).expect("read")
        + "  - name: coin toss\n    code: |\n      import os\n      print(square(2) if os.urandom(1)[0] % 2 else 'tails')\n    expect: \"4\\n\"\n";
    ws.write("pack/probe/square/exercise.yaml", &spec);
    let pack = ws.dir.path().join("pack");
    // 20 runs all alike: a chance of 2 in a million.
    grader(&[
        "verify",
        "--exercises",
        pack.to_str().expect("utf8"),
        "--repeat",
        "20",
    ])
    .code(1)
    .stdout_has("solution.py: case \"coin toss\" passed in ")
    .stdout_has(" of 20 runs; its verdict must not depend on the run")
    // double(2) == square(2): a wrong file that still fails "three" every
    // run is only warned about.
    .stdout_has("warning: ")
    .stdout_has("wrong/double.py: case \"coin toss\" passed in ")
    .stdout_has(" of 20 runs; a learner with this mistake is told different things");
}

#[test]
fn verify_warns_of_a_correct_alternative_close_to_the_time_limit() {
    let ws = Workspace::new();
    let src = test_pack();
    copy_from_test_pack(
        &ws,
        &[
            "topics.yaml",
            "probe/square/solution.py",
            "probe/square/starter.py",
            "probe/square/wrong/double.py",
        ],
    );
    let spec = std::fs::read_to_string(src.join("probe/square/exercise.yaml")).expect("read");
    assert!(spec.contains("  time: 1\n"), "the fixture's limit moved");
    ws.write(
        "pack/probe/square/exercise.yaml",
        &spec.replace("  time: 1\n", "  time: 4\n"),
    );
    // 3.7 s of a 4 s limit: past 90 %, with 300 ms to spare for a loaded machine.
    ws.write(
        "pack/probe/square/accepted/slow.py",
        "import time\n\ndef square(x):\n    time.sleep(3.7)\n    return x * x\n",
    );
    let pack = ws.dir.path().join("pack");
    grader(&["verify", "--exercises", pack.to_str().expect("utf8")])
        .code(0)
        .stdout_has("accepted/slow.py: case \"three\": passed in ")
        .stdout_has("a slower machine may time out");
}

#[test]
fn verify_passes_on_the_test_pack() {
    grader(&["verify", "--exercises", &pack_arg()])
        .code(0)
        .stdout_has("double fails 2/2 (1 hidden)");
}

#[test]
fn an_exception_from_the_cases_own_code_is_attributed_to_the_case() {
    // The case hands the learner's `call` a function that raises; the
    // learner's code lets it through.
    let spec = format!(
        "{GOOD_HEAD}cases:\n  - name: passes it on\n    code: |\n      def boom():\n          raise KeyError('from the case')\n      call(boom)\n    expect: \"\"\n"
    );
    let (ws, pack, _) = broken_pack(&spec);
    let sub = ws.write("probe/square.py", "def call(f):\n    return f()\n");
    grader(&[
        "check",
        "--color",
        "never",
        "--exercises",
        &pack,
        sub.to_str().expect("utf8"),
    ])
    .code(1)
    .stdout_has("raised KeyError (raised by the case's own code and let through by yours)");
}

#[test]
fn a_pass_close_to_the_time_limit_is_a_warning_not_a_failure() {
    let spec = format!(
        // 3.7 s of a 4 s limit: past 90 %, with 300 ms to spare for a loaded machine.
        "{GOOD_HEAD}limits:\n  time: 4\ncases:\n  - name: slow\n    code: |\n      import time\n      time.sleep(3.7)\n      print(1)\n    expect: \"1\\n\"\n"
    );
    let (_ws, pack, sub) = broken_pack(&spec);
    grader(&["check", "--color", "never", "--exercises", &pack, &sub])
        .code(0)
        .stdout_has("a slower machine may time out");
}
