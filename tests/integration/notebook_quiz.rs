//! `kind: notebook` and `kind: quiz`: real notebooks run through the real
//! harness, and answers files judged (and sealed) by the real binary.

use std::path::{Path, PathBuf};

use crate::util::{Output, Workspace, grader, grader_in};

fn builtin() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf8 path")
}

/// An nbformat 4 notebook from `(cell_type, source)` pairs.
fn notebook(cells: &[(&str, &str)]) -> String {
    let cells: Vec<serde_json::Value> = cells
        .iter()
        .map(|(kind, src)| {
            let mut c = serde_json::json!({"cell_type": kind, "metadata": {}, "source": src});
            if *kind == "code" {
                c["outputs"] = serde_json::json!([]);
                c["execution_count"] = serde_json::Value::Null;
            }
            c
        })
        .collect();
    serde_json::json!({
        "cells": cells,
        "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    })
    .to_string()
}

fn check_csv_scores(file: &Path, format: &[&str]) -> Output {
    let pack = builtin();
    let mut args = vec![
        "check",
        "--exercises",
        s(&pack),
        "--exercise",
        "data_science/csv_scores",
    ];
    args.extend_from_slice(format);
    args.push(s(file));
    grader(&args)
}

#[test]
fn the_reference_notebook_passes_and_the_starter_does_not() {
    let dir = builtin().join("data_science/csv_scores");
    check_csv_scores(&dir.join("solution.ipynb"), &[])
        .code(0)
        .all_cases_passed();
    check_csv_scores(&dir.join("starter.ipynb"), &[])
        .code(1)
        .stdout_has("NotImplementedError");
}

#[test]
fn an_error_while_the_cells_run_names_the_cell_and_the_line() {
    let ws = Workspace::new();
    let file = ws.write(
        "nb.ipynb",
        &notebook(&[
            ("markdown", "# Scores\n"),
            ("code", "import csv\n"),
            ("code", "x = 1\ny = undefined_name\n"),
        ]),
    );
    let out = check_csv_scores(&file, &[]);
    out.code(1)
        .stdout_has("cell 3, line 2: NameError: name 'undefined_name' is not defined")
        .stdout_has("y = undefined_name");
    let json = check_csv_scores(&file, &["--format", "json"]);
    let problem = &json.json()["exercises"][0]["error"];
    assert!(
        problem.to_string().contains("cell 3, line 2"),
        "{}",
        json.stdout
    );
}

#[test]
fn a_syntax_error_names_its_cell_and_ipython_magics_are_refused_by_cell() {
    let ws = Workspace::new();
    let syntax = ws.write(
        "syntax.ipynb",
        &notebook(&[
            ("code", "import csv\n"),
            ("markdown", "text"),
            ("code", "def parse_scores(text)\n    return []\n"),
        ]),
    );
    check_csv_scores(&syntax, &[])
        .code(1)
        .stdout_has("cell 3, line 1: SyntaxError");
    let magic = ws.write(
        "magic.ipynb",
        &notebook(&[
            ("code", "import csv\n"),
            ("code", "x = 1\n%matplotlib inline\n"),
        ]),
    );
    check_csv_scores(&magic, &[])
        .code(1)
        .stdout_has("cell 2, line 2: `%matplotlib inline` is IPython syntax")
        .stdout_has("not run");
    let shell = ws.write(
        "shell.ipynb",
        &notebook(&[("code", "!pip install pandas\n")]),
    );
    check_csv_scores(&shell, &[])
        .code(1)
        .stdout_has("cell 1, line 1: `!pip install pandas` is IPython syntax");
}

#[test]
fn a_failing_hidden_case_points_at_the_notebook_cell() {
    let ws = Workspace::new();
    // Every row's score converted: `n/a` raises inside parse_scores.
    let file = ws.write(
        "strict.ipynb",
        &notebook(&[
            ("code", "import csv, io\n"),
            ("markdown", "## Parsing"),
            (
                "code",
                "def parse_scores(text):\n    rows = csv.DictReader(io.StringIO(text))\n    return [(r['name'].strip(), float(r['score'])) for r in rows]\n",
            ),
        ]),
    );
    let out = check_csv_scores(&file, &[]);
    out.code(1)
        .stdout_has("bad scores are skipped (hidden)")
        .stdout_has("strict.ipynb cell 3:3");
}

#[test]
fn malformed_notebooks_are_refused_saying_what_is_wrong() {
    let ws = Workspace::new();
    let truncated = ws.write("t.ipynb", "{\"nbformat\": 4, \"cells\": [");
    check_csv_scores(&truncated, &[])
        .code(1)
        .stdout_has("not valid JSON (line 1");
    let old = ws.write("old.ipynb", "{\"nbformat\": 3, \"worksheets\": []}");
    check_csv_scores(&old, &[]).code(1).stdout_has("nbformat 3");
    let bad_cell = ws.write(
        "cell.ipynb",
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"markdown\", \"source\": \"x\"}, {\"cell_type\": \"code\", \"source\": 7}]}",
    );
    check_csv_scores(&bad_cell, &[])
        .code(1)
        .stdout_has("cell 2: `source` must be a string or a list of strings");
}

#[test]
fn init_writes_the_starter_notebook_and_answers_file_and_check_routes_them() {
    let ws = Workspace::new();
    let pack = builtin();
    grader_in(
        Some(ws.dir.path()),
        &["init", "--exercises", s(&pack), "practice"],
    )
    .code(0);
    let root = ws.dir.path().join("practice");
    let nb = root.join("data_science/csv_scores.ipynb");
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&nb).expect("notebook written"))
            .expect("the starter notebook is JSON");
    assert_eq!(doc["nbformat"], 4);
    assert_eq!(doc["cells"][0]["cell_type"], "markdown");
    assert!(
        doc["cells"][0]
            .to_string()
            .contains("grader check data_science/csv_scores.ipynb")
    );
    let answers = std::fs::read_to_string(root.join("interview_oop/mro_quiz.toml"))
        .expect("answers file written");
    for id in [
        "diamond_mro = \"\"",
        "broken_chain = \"\"",
        "# Give the MRO of D",
    ] {
        assert!(answers.contains(id), "{id} missing from\n{answers}");
    }
    // The exercise comes from the path, whatever the extension.
    grader_in(Some(&root), &["check", "data_science/csv_scores.ipynb"])
        .code(1)
        .stdout_has("data_science/csv_scores");
    grader_in(Some(&root), &["check", "interview_oop/mro_quiz.toml"])
        .code(1)
        .stdout_has("not answered");
}

/// The quiz files of the built-in pack: solution, accepted/ and wrong/.
fn quiz_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for id in [
        "interview_oop/mro_quiz",
        "interview_concurrency/gil_quiz",
        "version_control/branching_quiz",
    ] {
        let dir = builtin().join(id);
        files.push(dir.join("solution.toml"));
        for sub in ["accepted", "wrong"] {
            let mut more: Vec<PathBuf> = std::fs::read_dir(dir.join(sub))
                .expect("variants")
                .map(|e| e.expect("entry").path())
                .collect();
            more.sort();
            files.extend(more);
        }
    }
    files
}

/// (exercise, question, status) of every question, file by file.
fn verdicts(pack: &Path, files: &[PathBuf]) -> Vec<(String, String, String)> {
    let mut v = Vec::new();
    for f in files {
        let id = f
            .ancestors()
            .find(|a| a.join("exercise.yaml").is_file())
            .and_then(|d| d.strip_prefix(builtin()).ok())
            .expect("inside an exercise")
            .to_string_lossy()
            .into_owned();
        let out = grader(&[
            "check",
            "--exercises",
            s(pack),
            "--exercise",
            &id,
            "--format",
            "json",
            s(f),
        ]);
        for case in out.json()["exercises"][0]["cases"]
            .as_array()
            .expect("cases")
        {
            v.push((
                s(f).to_string(),
                case["name"].as_str().expect("name").to_string(),
                case["status"].as_str().expect("status").to_string(),
            ));
        }
    }
    v
}

#[test]
fn a_sealed_quiz_judges_every_answers_file_like_the_original() {
    let ws = Workspace::new();
    // The quizzes alone: sealing must not depend on the rest of the pack.
    let original = ws.dir.path().join("original");
    let mut topics = String::from("topics:\n");
    for topic in ["interview_oop", "interview_concurrency", "version_control"] {
        topics.push_str(&format!("  - id: {topic}\n    title: t\n    section: s\n"));
    }
    ws.write("original/topics.yaml", &topics);
    for id in [
        "interview_oop/mro_quiz",
        "interview_concurrency/gil_quiz",
        "version_control/branching_quiz",
    ] {
        crate::hostile::copy_tree(&builtin().join(id), &original.join(id));
    }
    let sealed = ws.dir.path().join("sealed");
    grader(&["seal", s(&original), s(&sealed)]).code(0);
    for id in [
        "interview_oop/mro_quiz",
        "interview_concurrency/gil_quiz",
        "version_control/branching_quiz",
    ] {
        let spec = std::fs::read_to_string(sealed.join(id).join("exercise.yaml")).expect("spec");
        assert!(!spec.contains("answer:"), "a key left in {id}:\n{spec}");
        assert!(spec.contains("answer_sha256:"), "{spec}");
        // Explanations often state the answer: sealed under it too.
        assert!(!spec.contains("explain:"), "an explanation left in {id}");
        assert!(spec.contains("explain_sealed:"), "{spec}");
        assert!(!sealed.join(id).join("solution.toml").exists());
    }
    let files = quiz_files();
    let plain = verdicts(&original, &files);
    let copy = verdicts(&sealed, &files);
    assert_eq!(plain, copy);
    assert!(plain.iter().any(|v| v.2 == "failed"));
    assert!(plain.iter().any(|v| v.2 == "passed"));
    // A right answer still opens its explanation in the sealed copy; the
    // end of a drill cannot, and says so.
    let solution = builtin().join("interview_oop/mro_quiz/solution.toml");
    grader(&[
        "check",
        "--exercises",
        s(&sealed),
        "--exercise",
        "interview_oop/mro_quiz",
        s(&solution),
    ])
    .code(0)
    .stdout_has("C3 linearisation: D first")
    .stdout_has("initialiser runs twice");
    // The sealed pack still verifies its starters.
    grader(&[
        "verify",
        "--exercises",
        s(&sealed),
        "--only",
        "interview_oop/mro_quiz",
    ])
    .code(0);
}

/// A pack with one quiz whose keys and explanations are easy to search for.
fn leak_pack(ws: &Workspace) -> PathBuf {
    ws.write(
        "pack/topics.yaml",
        "topics:\n  - id: quizzes\n    title: Quizzes\n    section: tests\n",
    );
    ws.write(
        "pack/quizzes/secret/exercise.yaml",
        r#"kind: quiz
title: Keys never leak
difficulty: 1
statement: Two questions.
interface: ""
quiz:
  questions:
    - id: word
      type: token
      prompt: Which word?
      answer: "kappaSecretToken"
      explain: "EXPLANATION_MARKER_WORD"
    - id: amount
      type: number
      decimals: 2
      prompt: How much?
      answer: "271828.18"
      explain: "EXPLANATION_MARKER_AMOUNT"
    - id: pick
      type: choice
      prompt: Which?
      options: [OPTION_ONE, OPTION_TWO]
      answer: b
      explain: "EXPLANATION_MARKER_PICK"
"#,
    );
    ws.write(
        "pack/quizzes/secret/solution.toml",
        "word = \"kappaSecretToken\"\namount = 271828.18\npick = \"b\"\n",
    );
    ws.dir.path().join("pack")
}

#[test]
fn a_wrong_quiz_answer_never_reveals_its_key_in_any_report_format() {
    let ws = Workspace::new();
    let pack = leak_pack(&ws);
    let student = ws.write(
        "student/quizzes/secret.toml",
        "word = \"kappaSecretTokenX\"\namount = 271828.2\npick = \"a\"\n",
    );
    let secrets = [
        "kappaSecretToken\"",
        "kappaSecretToken,",
        "kappaSecretToken)",
        "271828.18",
        "EXPLANATION_MARKER",
    ];
    let assert_clean = |what: &str, text: &str| {
        for secret in secrets {
            assert!(!text.contains(secret), "{what} holds {secret:?}:\n{text}");
        }
    };
    for format in ["human", "json", "exercism"] {
        let out = grader(&[
            "check",
            "--exercises",
            s(&pack),
            "--format",
            format,
            s(&student),
        ]);
        out.code(1);
        assert!(out.stdout.contains("word"), "{}", out.stdout);
        assert_clean(format, &out.stdout);
        assert_clean(format, &out.stderr);
        // A quiz starts no sandboxed run: nothing to warn about.
        assert!(
            !out.stderr.contains("sandbox layers not active"),
            "{}",
            out.stderr
        );
    }
    let reports = ws.dir.path().join("reports");
    std::fs::create_dir_all(&reports).expect("mkdir");
    let formats = ["json", "csv", "junit", "markdown", "html", "gradescope"];
    let mut args: Vec<String> = vec![
        "grade".into(),
        "--exercises".into(),
        s(&pack).into(),
        "--single".into(),
        s(&ws.dir.path().join("student")).into(),
    ];
    for f in formats {
        args.push("--format".into());
        args.push(format!("{f}={}", s(&reports.join(f))));
    }
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = grader(&argv);
    assert_clean("grade's terminal output", &out.stdout);
    for f in formats {
        let text = std::fs::read_to_string(reports.join(f)).expect("report written");
        assert!(
            text.contains("secret"),
            "{f} report lacks the exercise:\n{text}"
        );
        assert_clean(f, &text);
    }
    // A right answer shows its explanation; the wrong ones still do not.
    let half = ws.write(
        "half/quizzes/secret.toml",
        "word = \"kappaSecretToken\"\namount = 1\npick = \"a\"\n",
    );
    grader(&["check", "--exercises", s(&pack), s(&half)])
        .code(1)
        .stdout_has("EXPLANATION_MARKER_WORD")
        .stdout_lacks("EXPLANATION_MARKER_AMOUNT")
        .stdout_lacks("EXPLANATION_MARKER_PICK");
}

#[test]
fn hostile_answers_files_are_refused_without_running_anything() {
    let ws = Workspace::new();
    let pack = leak_pack(&ws);
    let check = |text: &str| {
        let f = ws.write("quizzes/secret.toml", text);
        grader(&["check", "--exercises", s(&pack), s(&f)])
    };
    check(&format!(
        "word = {}{}",
        "[".repeat(20000),
        "]".repeat(20000)
    ))
    .code(1)
    .stdout_has("not valid TOML");
    check(&format!("word = \"{}\"\n", "x".repeat(70 << 10)))
        .code(1)
        .stdout_has("at most 64 KiB");
    check("wrod = \"kappa\"\n")
        .code(1)
        .stdout_has("\"wrod\" is not a question of this quiz (did you mean word?)");
    check("word = { nested = \"table\" }\namount = \"12 dollars\"\npick = \"z\"\n")
        .code(1)
        .stdout_has("give text in quotes or a number")
        .stdout_has("give a number")
        .stdout_has("give one letter, a to b");
    // Python code in the answers is text, never run.
    check("word = \"__import__('os').system('touch /tmp/pwned-by-quiz')\"\n").code(1);
    assert!(!Path::new("/tmp/pwned-by-quiz").exists());
}

/// The hostile fixtures of the module kind, as notebooks: the cells run
/// under the same sandbox, so each is contained the same way (as root,
/// and as an unprivileged user too).
#[test]
fn hostile_notebooks_are_contained_like_modules() {
    use crate::hostile::{Arena, output, path_str, users};
    use std::os::unix::fs::PermissionsExt as _;
    let users = users();
    for (fixture, expect) in [
        ("read_secrets.py", "failed"),
        ("write_outside.py", "failed"),
        ("network.py", "error"),
    ] {
        for &unprivileged in &users {
            let arena = Arena::new();
            // The probe exercise, as a notebook exercise.
            let spec = std::fs::read_to_string(arena.path("pack/probe/square/exercise.yaml"))
                .expect("spec");
            let dir = arena.path("pack/probe/square_nb");
            std::fs::create_dir_all(&dir).expect("mkdir");
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
            let spec_path = dir.join("exercise.yaml");
            std::fs::write(&spec_path, format!("kind: notebook\n{spec}")).expect("spec");
            std::fs::set_permissions(&spec_path, std::fs::Permissions::from_mode(0o644))
                .expect("chmod");
            // (The arena also checks that work/probe/square.py survives.)
            let py = arena.submission_as(fixture, "probe/square.py");
            let code = std::fs::read_to_string(&py).expect("fixture");
            let nb = arena.path("work/probe/square_nb.ipynb");
            std::fs::write(&nb, notebook(&[("markdown", "# hostile"), ("code", &code)]))
                .expect("notebook");
            std::fs::set_permissions(&nb, std::fs::Permissions::from_mode(0o644)).expect("chmod");
            let pack = arena.path("pack");
            let args = [
                "check",
                "--color",
                "never",
                "--exercises",
                path_str(&pack),
                path_str(&nb),
            ];
            let start = std::time::Instant::now();
            let out = output(&mut arena.command(&args, unprivileged));
            let out = Output {
                code: out.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
                elapsed: start.elapsed(),
            };
            arena.assert_contained(&out);
            assert!(
                out.stdout.contains(expect) && out.stdout.contains("probe/square_nb"),
                "{fixture} (unprivileged: {unprivileged}):\n{}\n{}",
                out.stdout,
                out.stderr
            );
        }
    }
}
