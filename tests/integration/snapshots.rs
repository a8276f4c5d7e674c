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
