//! `grader similarity`: finds disguised copies, leaves independent work
//! alone, and treats students' folders as untrusted.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::util::{Output, Workspace, fixtures, grader};

const EXERCISE: &str = "datamodel/sparse_list";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("similarity").join(name)).expect("fixture")
}

fn reference() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/datamodel/sparse_list/solution.py"),
    )
    .expect("reference solution")
}

/// alice wrote `original.py`; bob disguised a copy of it (names, comments,
/// method order); carol and dave (the pack's reference) wrote their own.
fn class(ws: &Workspace) -> PathBuf {
    let file = format!("{EXERCISE}.py");
    ws.write(&format!("class/alice/{file}"), &fixture("original.py"));
    ws.write(&format!("class/bob/{file}"), &fixture("disguised.py"));
    ws.write(&format!("class/carol/{file}"), &fixture("independent.py"));
    ws.write(&format!("class/dave/{file}"), &reference());
    ws.dir.path().join("class")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf8 path")
}

/// (a, b, similarity) of every listed pair.
fn pairs(out: &Output) -> Vec<(String, String, f64)> {
    let mut v = Vec::new();
    for ex in out.json()["exercises"].as_array().expect("exercises") {
        for p in ex["pairs"].as_array().expect("pairs") {
            v.push((
                p["a"].as_str().expect("a").to_string(),
                p["b"].as_str().expect("b").to_string(),
                p["similarity"].as_f64().expect("similarity"),
            ));
        }
    }
    v
}

#[test]
fn the_fixtures_are_genuine_solutions() {
    for name in ["original.py", "disguised.py", "independent.py"] {
        let path = fixtures().join("similarity").join(name);
        grader(&["check", "--exercise", EXERCISE, s(&path)])
            .code(0)
            .all_cases_passed();
    }
}

#[test]
fn a_disguised_copy_is_found_and_independent_solutions_are_not() {
    let ws = Workspace::new();
    let class = class(&ws);
    let all = grader(&[
        "similarity",
        s(&class),
        "--format",
        "json",
        "--threshold",
        "0",
    ]);
    all.code(0);
    let found = pairs(&all);
    assert_eq!(found.len(), 6, "every pair shares some idiom: {found:?}");
    for (a, b, similarity) in &found {
        if (a.as_str(), b.as_str()) == ("alice", "bob") {
            assert!(*similarity >= 0.9, "the copy scores only {similarity}");
        } else {
            assert!(
                *similarity < 0.5,
                "{a} and {b} wrote their own, yet score {similarity}"
            );
        }
    }

    grader(&["similarity", s(&class)])
        .code(0)
        .stdout_has("alice ~ bob")
        .stdout_lacks("carol ~")
        .stdout_lacks("~ carol")
        .stdout_lacks("~ dave")
        .stdout_has("1 pair at or above 50% similarity")
        .stdout_has("--show alice bob --exercise datamodel/sparse_list");
}

#[test]
fn show_puts_matching_definitions_side_by_side_across_reordering() {
    let ws = Workspace::new();
    let class = class(&ws);
    let out = grader(&["similarity", s(&class), "--show", "alice", "bob"]);
    out.code(0)
        .stdout_has("alice ~ bob")
        .stdout_has("alice/datamodel/sparse_list.py")
        .stdout_has("bob/datamodel/sparse_list.py");
    // alice's helper is her second method, bob's renamed one his last.
    let row = out
        .stdout
        .lines()
        .find(|l| l.contains("def check_index(self, index):"))
        .expect("alice's helper is shown");
    assert!(row.contains("def _normalise(self, idx):"), "{row}");
    let (left, right) = row.split_once('│').expect("two columns");
    assert!(left.trim_start().starts_with("14 "), "{row}");
    assert!(right.trim_start().starts_with("57 "), "{row}");

    // Asked the other way round, bob is on the left.
    let out = grader(&["similarity", s(&class), "--show", "bob", "alice"]);
    let row = out
        .stdout
        .lines()
        .find(|l| l.contains("def _normalise(self, idx):"))
        .expect("bob's helper is shown");
    let (left, right) = row.split_once('│').expect("two columns");
    assert!(left.trim_start().starts_with("57 "), "{row}");
    assert!(
        right.contains("14      def check_index(self, index):"),
        "{row}"
    );
}

#[test]
fn show_explains_unknown_students_and_ambiguous_exercises() {
    let ws = Workspace::new();
    let class = class(&ws);
    ws.write(
        "class/alice/decorators/timing.py",
        "def timing(f):\n    return f\n",
    );
    ws.write(
        "class/bob/decorators/timing.py",
        "def timing(f):\n    return f\n",
    );
    grader(&["similarity", s(&class), "--show", "alice", "bobb"])
        .code(2)
        .stderr_has("no submissions from \"bobb\"")
        .stderr_has("did you mean bob?");
    grader(&["similarity", s(&class), "--show", "alice", "bob"])
        .code(2)
        .stderr_has("pick one with --exercise");
    grader(&[
        "similarity",
        s(&class),
        "--show",
        "alice",
        "carol",
        "--exercise",
        "decorators/timing",
    ])
    .code(2)
    .stderr_has("did not both submit decorators/timing");
}

#[test]
fn only_and_threshold_narrow_the_report() {
    let ws = Workspace::new();
    let class = class(&ws);
    let timing = "import functools, time\n\ndef timing(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n        start = time.perf_counter()\n        try:\n            return func(*args, **kwargs)\n        finally:\n            wrapper.timings.append(time.perf_counter() - start)\n    wrapper.timings = []\n    return wrapper\n";
    ws.write("class/erin/decorators/timing.py", timing);
    ws.write("class/frank/decorators/timing.py", timing);
    grader(&["similarity", s(&class), "--only", "decorators"])
        .code(0)
        .stdout_has("erin ~ frank")
        .stdout_lacks("sparse_list");
    grader(&[
        "similarity",
        s(&class),
        "--only",
        "decorators/timing,datamodel",
    ])
    .code(0)
    .stdout_has("erin ~ frank")
    .stdout_has("alice ~ bob");
    grader(&["similarity", s(&class), "--threshold", "101%"])
        .code(2)
        .stderr_has("out of range");
    grader(&["similarity", s(&class), "--only", "nothing"])
        .code(2)
        .stderr_has("holds no submissions for nothing");
}

#[test]
fn links_fifos_and_odd_files_are_skipped_never_followed() {
    let ws = Workspace::new();
    let class = class(&ws);
    let file = format!("{EXERCISE}.py");
    // A name with a space, unicode and a shell metacharacter is a student like any other.
    ws.write(
        &format!("class/Zoë O'Hara;/{file}"),
        &fixture("original.py"),
    );
    // Links would make copies of alice's file: they must not be read.
    let alice = class.join("alice").join(&file);
    let mallory = class.join("mallory/datamodel");
    std::fs::create_dir_all(&mallory).expect("mkdir");
    std::os::unix::fs::symlink(&alice, mallory.join("sparse_list.py")).expect("symlink");
    std::os::unix::fs::symlink(class.join("alice"), class.join("eve")).expect("symlink");
    // A FIFO would block a reader forever.
    let trudy = class.join("trudy/datamodel");
    std::fs::create_dir_all(&trudy).expect("mkdir");
    let fifo = trudy.join("sparse_list.py");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    ws.write("class/oscar/datamodel/.keep", "");
    std::fs::write(class.join("oscar").join(&file), [0xff, 0xfe, 0x00, 0x41]).expect("write");
    ws.write("class/alice/notes.txt", "junk\n");
    ws.write("class/roster.csv", "student\nalice\n");

    let out = grader(&["similarity", s(&class), "--format", "json"]);
    out.code(0);
    assert!(out.elapsed < Duration::from_secs(60), "hung on a FIFO?");
    let found = pairs(&out);
    assert!(
        found
            .iter()
            .any(|(a, b, _)| a == "Zoë O'Hara;" && b == "alice"
                || a == "alice" && b == "Zoë O'Hara;"),
        "{found:?}"
    );
    for who in ["mallory", "eve", "trudy", "oscar"] {
        assert!(
            found.iter().all(|(a, b, _)| a != who && b != who),
            "{who} was compared: {found:?}"
        );
    }
    let skipped = out.json()["skipped"].to_string();
    for needle in [
        "mallory/datamodel/sparse_list.py",
        "eve",
        "trudy/datamodel/sparse_list.py",
        "oscar/datamodel/sparse_list.py",
        "alice/notes.txt",
    ] {
        assert!(skipped.contains(needle), "{needle} not reported: {skipped}");
    }
    assert!(skipped.contains("symbolic link") && skipped.contains("not UTF-8"));

    grader(&["similarity", s(&class)])
        .code(0)
        .stderr_has("skipped mallory/datamodel/sparse_list.py: a symbolic link; not followed")
        .stderr_has("skipped trudy/datamodel/sparse_list.py: not a regular file")
        .stdout_has("--show 'Zoë O'\\''Hara;' alice");
}

#[test]
fn a_missing_class_folder_is_bad_input() {
    grader(&["similarity", "/nonexistent/class"])
        .code(2)
        .stderr_has("is not a folder");
}
