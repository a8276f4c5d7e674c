//! The learner's workspace: init, progress after check, list, next, hints.

use std::process::{Command, Stdio};

use crate::util::{
    Workspace, grader, grader_in, init_practice, learner_pack, learner_solution, progress_of,
    python,
};

const GREET_STATEMENT: &str = r#"Define `greet(name)` returning `"Hello, " + name + "!"`.

```python
def greet(name):
    """Say hello."""
greet("Ada")   # 'Hello, Ada!'
print("a\tb")  # backslashes stay as typed: \t \n
```"#;

/// Prints a module's docstring, then its code after the docstring as an AST dump.
const DOC_AND_BODY: &str = r#"
import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
doc = ast.get_docstring(tree, clean=False)
body = tree.body[1:] if doc is not None else tree.body
print(doc)
print("=== body ===")
print(ast.dump(ast.Module(body=body, type_ignores=[])))
"#;

fn path_str(p: &std::path::Path) -> &str {
    p.to_str().expect("utf8")
}

#[test]
fn init_writes_each_exercise_with_its_statement_as_docstring() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    for rel in [
        "basics/greet.py",
        "basics/double.py",
        "drills/tally.py",
        "drills/fizz.py",
        "README.md",
        ".grader/workspace.json",
    ] {
        assert!(root.join(rel).is_file(), "{rel} missing");
    }
    // No folder for a topic without exercises.
    assert!(!root.join("later").exists());

    let made = python(DOC_AND_BODY, &[path_str(&root.join("basics/greet.py"))]);
    let starter = python(
        DOC_AND_BODY,
        &[path_str(&learner_pack().join("basics/greet/starter.py"))],
    );
    let (doc, body) = made.split_once("=== body ===").expect("two parts");
    assert!(
        doc.starts_with("Greeting (basics/greet, difficulty 1/3)\n"),
        "{doc}"
    );
    assert!(
        doc.contains(GREET_STATEMENT),
        "statement not kept exactly:\n{doc}"
    );
    assert!(doc.contains("grader check basics/greet.py"), "{doc}");
    // The code after the docstring is the starter's, unchanged.
    let starter_body = starter.split_once("=== body ===").expect("two parts").1;
    assert_eq!(body, starter_body);
}

#[test]
fn init_of_the_builtin_pack_gives_files_that_parse_and_keep_the_starter_code() {
    let ws = Workspace::new();
    let out = grader_in(Some(ws.dir.path()), &["init"]);
    out.code(0)
        .stdout_has("Created python-practice/ with")
        .stdout_has("cd python-practice");
    let root = ws.dir.path().join("python-practice");
    // One Python run compares every file with its starter.
    let script = r#"
import ast, pathlib, sys
root, pack = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
count = 0
for starter in sorted(pack.glob("*/*/starter.py")):
    topic, name = starter.parts[-3], starter.parts[-2]
    made = ast.parse((root / topic / (name + ".py")).read_text(encoding="utf-8"))
    orig = ast.parse(starter.read_text(encoding="utf-8"))
    doc = ast.get_docstring(made, clean=False)
    assert doc and "grader check %s/%s.py" % (topic, name) in doc, (topic, name)
    strip = lambda t: [n for n in t.body[1:]] if ast.get_docstring(t) is not None else t.body
    assert ast.dump(ast.Module(strip(made), [])) == ast.dump(ast.Module(strip(orig), [])), (topic, name)
    count += 1
# Project exercises: the starter folder, file for file, and the task.
for starter in sorted(pack.glob("*/*/starter/")):
    topic, name = starter.parts[-3], starter.parts[-2]
    made = root / topic / name
    assert "grader check %s/%s/" % (topic, name) in (made / "TASK.md").read_text(encoding="utf-8")
    for f in starter.rglob("*"):
        if f.is_file():
            assert (made / f.relative_to(starter)).read_bytes() == f.read_bytes(), f
    count += 1
# Repo exercises: a git repository built from the recipe, and the task.
for spec in sorted(pack.glob("*/*/exercise.yaml")):
    if "\nkind: repo\n" not in spec.read_text(encoding="utf-8"):
        continue
    topic, name = spec.parts[-3], spec.parts[-2]
    made = root / topic / name
    assert (made / ".git").is_dir(), made
    assert "grader check %s/%s/" % (topic, name) in (made / "TASK.md").read_text(encoding="utf-8")
    count += 1
# Notebooks: the starter's cells, after a first markdown cell with the task.
import json
for starter in sorted(pack.glob("*/*/starter.ipynb")):
    topic, name = starter.parts[-3], starter.parts[-2]
    made = json.loads((root / topic / (name + ".ipynb")).read_text(encoding="utf-8"))
    orig = json.loads(starter.read_text(encoding="utf-8"))
    assert "grader check %s/%s.ipynb" % (topic, name) in "".join(made["cells"][0]["source"])
    assert made["cells"][1:] == orig["cells"], (topic, name)
    count += 1
# Quizzes: an answers file with every question, unanswered.
import tomllib
for spec in sorted(pack.glob("*/*/exercise.yaml")):
    if not spec.read_text(encoding="utf-8").startswith("kind: quiz"):
        continue
    topic, name = spec.parts[-3], spec.parts[-2]
    answers = tomllib.loads((root / topic / (name + ".toml")).read_text(encoding="utf-8"))
    assert answers and all(v == "" for v in answers.values()), (topic, name)
    count += 1
print(count)
"#;
    let pack = concat!(env!("CARGO_MANIFEST_DIR"), "/exercises");
    let count: usize = python(script, &[path_str(&root), pack])
        .trim()
        .parse()
        .expect("a count");
    assert!(count >= 20, "only {count} exercises");
    assert!(
        out.stdout.contains(&format!("with {count} exercises")),
        "{}",
        out.stdout
    );
}

#[test]
fn init_never_overwrites_a_learners_file_and_adds_missing_ones() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    let mine = "def greet(name):\n    return 'my work'\n";
    std::fs::write(root.join("basics/greet.py"), mine).expect("write");
    std::fs::write(root.join("README.md"), "my notes\n").expect("write");
    std::fs::remove_file(root.join("drills/fizz.py")).expect("rm");

    // Inside the workspace, plain `grader init` updates it.
    grader_in(Some(&root.join("basics")), &["init"])
        .code(0)
        .stdout_has("Updated")
        .stdout_has("1 new exercise.")
        .stdout_has("+ drills/fizz.py")
        .stdout_has("Kept 3 exercise files");
    assert_eq!(
        std::fs::read_to_string(root.join("basics/greet.py")).expect("read"),
        mine
    );
    assert_eq!(
        std::fs::read_to_string(root.join("README.md")).expect("read"),
        "my notes\n"
    );
    assert!(root.join("drills/fizz.py").is_file());
}

#[test]
fn init_force_rewrites_and_keeps_a_backup() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    let fresh = std::fs::read_to_string(root.join("basics/greet.py")).expect("read");
    let mine = "def greet(name):\n    return 'my work'\n";
    std::fs::write(root.join("basics/greet.py"), mine).expect("write");

    grader_in(Some(&root), &["init", "--force"])
        .code(0)
        .stdout_has("Rewrote 1 exercise file;")
        .stdout_has(".grader/backup/");
    assert_eq!(
        std::fs::read_to_string(root.join("basics/greet.py")).expect("read"),
        fresh
    );
    let backups: Vec<_> = std::fs::read_dir(root.join(".grader/backup"))
        .expect("backup dir")
        .flatten()
        .map(|e| e.path().join("basics/greet.py"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(std::fs::read_to_string(&backups[0]).expect("backup"), mine);
}

#[test]
fn init_refuses_a_folder_inside_another_workspace() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    grader_in(Some(&root), &["init", "nested"])
        .code(2)
        .stderr_has("is inside the workspace")
        .stderr_has("run `grader init` there");
    assert!(!root.join("nested").exists());
}

#[test]
fn check_records_progress_in_the_workspace() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    std::fs::write(
        root.join("basics/greet.py"),
        learner_solution("basics/greet"),
    )
    .expect("w");
    // No --exercises: the workspace remembers its pack.
    grader_in(Some(&root), &["check", "basics/greet.py"])
        .code(0)
        .stdout_has("basics/greet: 2/2 cases passed");
    // An untouched starter is not an attempt.
    grader_in(Some(&root), &["check", "basics/double.py"]).code(1);
    let p = progress_of(&root);
    assert_eq!(p["version"], 1);
    let greet = &p["exercises"]["basics/greet"];
    assert_eq!(greet["state"], "passed");
    assert_eq!(greet["checks"], 1);
    assert_eq!(greet["cases_passed"], 2);
    assert!(greet["passed_at"].is_u64());
    assert!(p["exercises"].get("basics/double").is_none(), "{p}");

    // A wrong attempt, checked from outside the workspace by absolute path.
    std::fs::write(
        root.join("basics/double.py"),
        "def double(x):\n    return 2 * int(x)\n",
    )
    .expect("w");
    let file = root.join("basics/double.py");
    grader(&["check", path_str(&file)]).code(1);
    let p = progress_of(&root);
    let double = &p["exercises"]["basics/double"];
    assert_eq!(double["state"], "attempted");
    assert_eq!(double["last"], "failed");
    assert_eq!(double["failed_cases"], serde_json::json!(["text"]));

    grader_in(Some(&root), &["list"])
        .code(0)
        .stdout_has("basics — Basics (tests, 1/2 passed)")
        .stdout_has("✓ basics/greet")
        .stdout_has("~ basics/double")
        .stdout_has("last check: 1/2 cases")
        .stdout_has("· drills/fizz")
        .stdout_has("drills — Drills (tests, 0/2 passed)")
        .stdout_has("1/4 passed, 1 attempted");
}

#[test]
fn list_orders_each_topic_easiest_first() {
    let pack = learner_pack();
    let out = grader(&["list", "--exercises", path_str(&pack)]);
    out.code(0);
    let pos = |s: &str| out.stdout.find(s).unwrap_or_else(|| panic!("{s} missing"));
    // greet (difficulty 1) before double (2), despite the alphabet.
    assert!(pos("basics/greet") < pos("basics/double"));
    assert!(pos("drills/fizz") < pos("drills/tally"));
    assert!(pos("basics/double") < pos("drills/fizz"));
    out.stdout_lacks("passed");
}

#[test]
fn two_checks_at_once_are_both_recorded() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    std::fs::write(
        root.join("basics/greet.py"),
        learner_solution("basics/greet"),
    )
    .expect("w");
    std::fs::write(root.join("drills/fizz.py"), learner_solution("drills/fizz")).expect("w");
    let spawn = |file: &str| {
        Command::new(env!("CARGO_BIN_EXE_grader"))
            .args(["check", file])
            .current_dir(&root)
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .spawn()
            .expect("spawn")
    };
    let mut a = spawn("basics/greet.py");
    let mut b = spawn("drills/fizz.py");
    assert!(a.wait().expect("wait").success());
    assert!(b.wait().expect("wait").success());
    let p = progress_of(&root);
    assert_eq!(p["exercises"]["basics/greet"]["state"], "passed");
    assert_eq!(p["exercises"]["drills/fizz"]["state"], "passed");
}

#[test]
fn a_corrupt_progress_file_is_reported_and_moved_aside() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    std::fs::write(
        root.join(".grader/progress.json"),
        "{\"version\": 1, \"exerc",
    )
    .expect("w");
    std::fs::write(
        root.join("basics/greet.py"),
        learner_solution("basics/greet"),
    )
    .expect("w");
    grader_in(Some(&root), &["check", "basics/greet.py"])
        .code(0)
        .stderr_has("is not a progress file grader can read")
        .stderr_has("moved it to");
    let aside: Vec<_> = std::fs::read_dir(root.join(".grader"))
        .expect("dir")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "one file set aside");
    assert_eq!(
        std::fs::read_to_string(aside[0].path()).expect("aside"),
        "{\"version\": 1, \"exerc"
    );
    assert_eq!(
        progress_of(&root)["exercises"]["basics/greet"]["state"],
        "passed"
    );
}

#[test]
fn next_follows_the_roadmap_and_says_how_to_start() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    grader_in(Some(&root), &["next"])
        .code(0)
        .stdout_has("Next: basics/greet — Greeting")
        .stdout_has("Open basics/greet.py")
        .stdout_has("grader check basics/greet.py")
        .stdout_has("grader hint basics/greet");
    for id in ["basics/greet", "basics/double"] {
        std::fs::write(root.join(format!("{id}.py")), learner_solution(id)).expect("w");
        grader_in(Some(&root), &["check", &format!("{id}.py")]).code(0);
    }
    // From inside a topic folder, paths are shown from there.
    grader_in(Some(&root.join("basics")), &["next"])
        .code(0)
        .stdout_has("Next: drills/fizz")
        .stdout_has("Open ../drills/fizz.py");
    for id in ["drills/fizz", "drills/tally"] {
        std::fs::write(root.join(format!("{id}.py")), learner_solution(id)).expect("w");
    }
    // Several exercises: a plain progress line each on stderr (not a terminal).
    grader_in(Some(&root), &["check", "."])
        .code(0)
        .stderr_has("[4/4] ")
        .stderr_has("drills/tally passed");
    grader_in(Some(&root), &["next"])
        .code(0)
        .stdout_has("Every exercise here passes (4/4)");
}

#[test]
fn next_outside_a_workspace_says_how_to_make_one() {
    let ws = Workspace::new();
    grader_in(Some(ws.dir.path()), &["next"])
        .code(2)
        .stderr_has("not in one")
        .stderr_has("run `grader init`");
}

#[test]
fn hints_are_revealed_one_at_a_time_and_remembered() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    let first = "Build the text with an f-string.";
    let second = "return f\"Hello, {name}!\"";
    let out = grader_in(Some(&root), &["hint", "basics/greet"]);
    out.code(0)
        .stdout_has("hint 1 of 2")
        .stdout_has(first)
        .stdout_lacks(second)
        .stdout_has("1 more: run `grader hint basics/greet` again");
    grader_in(Some(&root), &["hint", "basics/greet.py"])
        .code(0)
        .stdout_has("hint 2 of 2")
        .stdout_has(first)
        .stdout_has(second)
        .stdout_has("That was the last hint");
    grader_in(Some(&root), &["hint", "basics/greet"])
        .code(0)
        .stdout_has("all 2 hints (no new ones)");
    assert_eq!(
        progress_of(&root)["exercises"]["basics/greet"]["hints_shown"],
        2
    );
    // Hints alone do not make an exercise attempted.
    grader_in(Some(&root), &["list"]).stdout_has("· basics/greet");

    grader_in(Some(&root), &["hint", "basics/double", "--all"])
        .code(0)
        .stdout_has("hints 1 to 3 of 3");
    grader_in(Some(&root), &["hint", "drills/fizz"])
        .code(0)
        .stdout_has("drills/fizz has no hints");
}

#[test]
fn hint_without_an_id_is_for_the_exercise_being_worked_on() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    grader_in(Some(&root), &["hint"])
        .code(0)
        .stdout_has("basics/greet — Greeting");
    std::fs::write(
        root.join("drills/tally.py"),
        "def tally(items):\n    return {}\n",
    )
    .expect("w");
    grader_in(Some(&root), &["check", "drills/tally.py"]).code(1);
    grader_in(Some(&root), &["hint"])
        .code(0)
        .stdout_has("drills/tally — Tally · hint 1 of 10");
}

#[test]
fn hints_outside_a_workspace_are_not_remembered() {
    let pack = learner_pack();
    let ws = Workspace::new();
    grader_in(
        Some(ws.dir.path()),
        &["hint", "--exercises", path_str(&pack), "basics/greet"],
    )
    .code(0)
    .stdout_has("hint 1 of 2")
    .stdout_has("`grader hint basics/greet --all` shows them all");
    assert!(!ws.dir.path().join(".grader").exists());
}

#[test]
fn mistyped_ids_get_a_suggestion() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    grader_in(Some(&root), &["hint", "basics/gret"])
        .code(2)
        .stderr_has("no exercise \"basics/gret\"; did you mean basics/greet?");
    grader_in(Some(&root), &["show", "drills/talley"])
        .code(2)
        .stderr_has("did you mean drills/tally?");
    grader_in(Some(&root), &["drill", "--topic", "basic"])
        .code(2)
        .stderr_has("no topic \"basic\"; did you mean basics?");
}

#[test]
fn mistyped_paths_get_a_suggestion() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    grader_in(Some(&root), &["check", "basic/greet.py"])
        .code(2)
        .stderr_has("basic/greet.py does not exist; did you mean basics/greet.py?");
    grader_in(Some(&root), &["check", "greet.py"])
        .code(2)
        .stderr_has("did you mean basics/greet.py?");
    grader_in(Some(&root), &["watch", "drils"])
        .code(2)
        .stderr_has("did you mean drills?");
}

#[test]
fn concurrent_hints_are_each_counted_once() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    let children: Vec<_> = (0..10)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_grader"))
                .args(["hint", "drills/tally"])
                .current_dir(&root)
                .env("NO_COLOR", "1")
                .stdout(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut seen: Vec<usize> = Vec::new();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        let n = text
            .split("· hint ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no hint number in {text}"));
        seen.push(n);
    }
    seen.sort_unstable();
    assert_eq!(
        seen,
        (1..=10).collect::<Vec<_>>(),
        "each hint revealed once"
    );
    assert_eq!(
        progress_of(&root)["exercises"]["drills/tally"]["hints_shown"],
        10
    );
}

#[test]
fn completions_are_generated_for_each_shell() {
    let out = grader(&["completions", "bash"]);
    out.code(0).stdout_has("watch").stdout_has("drill");
    // bash itself accepts the script and registers the completion.
    let registered = Command::new("bash")
        .arg("-c")
        .arg("source /dev/stdin; complete -p grader")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write as _;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(out.stdout.as_bytes())?;
            child.wait_with_output()
        })
        .expect("bash runs");
    assert!(
        String::from_utf8_lossy(&registered.stdout).contains("grader"),
        "{}",
        String::from_utf8_lossy(&registered.stderr)
    );
    for shell in ["zsh", "fish"] {
        grader(&["completions", shell])
            .code(0)
            .stdout_has("hint")
            .stdout_has("init");
    }
}
