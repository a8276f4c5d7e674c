//! `grader seal`: sealed packs judge like the originals and hold no hidden
//! expected output.

use std::path::{Path, PathBuf};

use grader::spec::{Pack, PackSource};

use crate::util::{Output, Workspace, grader, test_pack};

fn builtin_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf8 path")
}

/// Seals `pack` into `<ws>/sealed` and returns that folder.
fn seal(ws: &Workspace, pack: &Path) -> PathBuf {
    let out = ws.dir.path().join("sealed");
    grader(&["seal", s(pack), s(&out)])
        .code(0)
        .stdout_has("hidden cases sealed");
    out
}

/// (file, case name, status) of every case in a JSON report.
fn verdicts(out: &Output) -> Vec<(String, String, String)> {
    let mut v = Vec::new();
    for ex in out.json()["exercises"].as_array().expect("exercises") {
        let file = ex["file"].as_str().expect("file").to_string();
        for case in ex["cases"].as_array().expect("cases") {
            v.push((
                file.clone(),
                case["name"].as_str().expect("name").to_string(),
                case["status"].as_str().expect("status").to_string(),
            ));
        }
    }
    v
}

/// Every file under `dir`, recursively, with its text.
fn all_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let text = String::from_utf8_lossy(&std::fs::read(&p).expect("read")).into_owned();
                out.push((p, text));
            }
        }
    }
    out
}

#[test]
fn a_sealed_builtin_exercise_judges_every_known_solution_like_the_original() {
    let ws = Workspace::new();
    let sealed = seal(&ws, &builtin_dir());
    let ex_dir = builtin_dir().join("decorators/timing");
    let mut files = vec![ex_dir.join("solution.py")];
    let mut wrong: Vec<PathBuf> = std::fs::read_dir(ex_dir.join("wrong"))
        .expect("wrong/")
        .map(|e| e.expect("entry").path())
        .collect();
    wrong.sort();
    files.extend(wrong);
    let paths: Vec<&str> = files.iter().map(|p| s(p)).collect();

    let mut args = vec!["check", "--format", "json"];
    args.extend(&paths);
    let original = grader(&args);
    original.code(1);
    let mut args = vec!["check", "--format", "json", "--exercises", s(&sealed)];
    args.extend(&paths);
    let copy = grader(&args);
    copy.code(1);

    let (want, got) = (verdicts(&original), verdicts(&copy));
    assert_eq!(want, got);
    // The comparison means something only if sealed hidden cases both
    // passed (the solution) and failed (wrong files).
    let hidden_failures = copy.json()["exercises"]
        .as_array()
        .expect("exercises")
        .iter()
        .flat_map(|e| e["cases"].as_array().expect("cases").clone())
        .filter(|c| c["hidden"] == true && c["status"] != "passed")
        .count();
    assert!(hidden_failures >= 3, "{}", copy.stdout);
    assert!(want[..9].iter().all(|(_, _, status)| status == "passed"));
}

#[test]
fn a_sealed_copy_holds_no_hidden_output_and_no_solutions() {
    let ws = Workspace::new();
    let sealed = seal(&ws, &builtin_dir());
    let pack = Pack::load(PackSource::Dir(builtin_dir())).expect("built-in pack");
    let mut hidden_lines = Vec::new();
    for id in &pack.ids {
        let ex = pack.exercise(id).expect("spec");
        for case in ex.cases.iter().filter(|c| c.hidden) {
            // A project case may check no stdout (`Expected::Any`): nothing to seal.
            if case.expect == grader::spec::Expected::Any {
                continue;
            }
            let text = case.expect.text().expect("a plain pack").to_string();
            hidden_lines.extend(text.lines().map(|l| (id.clone(), l.trim().to_string())));
        }
        let dir = sealed.join(id);
        // A module's starter.py, a project's starter/ folder, a notebook's
        // starter.ipynb; a quiz's starter is made from its questions and a
        // repo exercise's is its recipe, in exercise.yaml.
        assert!(
            dir.join("exercise.yaml").is_file()
                && (dir.join("starter.py").is_file()
                    || dir.join("starter").is_dir()
                    || dir.join("starter.ipynb").is_file()
                    || ex.kind == grader::spec::Kind::Quiz
                    || ex.kind == grader::spec::Kind::Repo),
            "{id}"
        );
        assert!(
            ["solution.py", "solution", "solution.ipynb", "solution.toml"]
                .iter()
                .all(|f| !dir.join(f).exists()),
            "{id}: solution copied"
        );
        assert!(!dir.join("accepted").exists(), "{id}: accepted/ copied");
        assert!(!dir.join("wrong").exists(), "{id}: wrong/ copied");
    }
    // What the original pack holds besides solutions, which sealing drops.
    let original: Vec<String> = all_files(&builtin_dir())
        .into_iter()
        .filter(|(p, _)| {
            p.file_name()
                .is_some_and(|n| !n.to_string_lossy().starts_with("solution."))
                && !p.components().any(|c| {
                    ["wrong", "solution", "accepted"]
                        .contains(&c.as_os_str().to_str().unwrap_or(""))
                })
        })
        .flat_map(|(_, text)| text.lines().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let copy = all_files(&sealed);
    let mut checked = 0;
    for (id, needle) in &hidden_lines {
        if needle.len() <= 4 {
            continue;
        }
        // Only text the original holds nowhere but in hidden outputs must be
        // gone: the same text in a statement or a case's code stays, on purpose.
        let in_original = original
            .iter()
            .filter(|l| l.contains(needle.as_str()))
            .count();
        let as_hidden = hidden_lines
            .iter()
            .filter(|(_, l)| l.contains(needle.as_str()))
            .count();
        if in_original != as_hidden {
            continue;
        }
        checked += 1;
        for (path, text) in &copy {
            assert!(
                !text.contains(needle.as_str()),
                "{} still holds {needle:?}, a hidden output of {id}",
                path.display()
            );
        }
    }
    assert!(checked > 100, "only {checked} hidden outputs were checked");
}

#[test]
fn verify_checks_what_it_can_on_a_sealed_pack() {
    let ws = Workspace::new();
    let sealed = seal(&ws, &builtin_dir());
    grader(&[
        "verify",
        "--exercises",
        s(&sealed),
        "--only",
        "decorators/timing",
    ])
    .code(0)
    .stdout_has("sealed (5 digests) · starter 0/9")
    .stdout_lacks("missing");
}

/// A pack with hidden cases under each sealable compare mode.
fn modes_pack(ws: &Workspace) -> PathBuf {
    ws.write(
        "pack/topics.yaml",
        "topics:\n  - id: probe\n    title: Probe\n    section: tests\n",
    );
    ws.write(
        "pack/probe/lines/exercise.yaml",
        r#"title: Lines
difficulty: 1
statement: Define `lines(n)` printing `n`, `n+1` and `n+2` on lines of their own.
interface: |
  def lines(n): ...
cases:
  - name: visible
    code: lines(0)
    expect: "0\n1\n2\n"
  - name: exact
    hidden: true
    compare: exact
    code: lines(10)
    expect: "10\n11\n12\n"
  - name: any order
    hidden: true
    compare: unordered-lines
    code: lines(20)
    expect: |
      22
      20
      21
  - name: trailing spaces allowed
    hidden: true
    code: lines(30)
    expect: "30\n31\n32\n"
"#,
    );
    ws.write("pack/probe/lines/starter.py", "def lines(n):\n    pass\n");
    ws.dir.path().join("pack")
}

#[test]
fn each_compare_mode_judges_the_same_sealed() {
    let ws = Workspace::new();
    let pack = modes_pack(&ws);
    let sealed = seal(&ws, &pack);
    let subs = [
        ws.write(
            "right/probe/lines.py",
            "def lines(n):\n    for i in range(3):\n        print(n + i)\n",
        ),
        ws.write(
            "reversed/probe/lines.py",
            "def lines(n):\n    for i in (2, 1, 0):\n        print(n + i)\n",
        ),
        ws.write(
            "spaces/probe/lines.py",
            "def lines(n):\n    for i in range(3):\n        print(n + i, end=' \\n')\n",
        ),
        ws.write(
            "one_off/probe/lines.py",
            "def lines(n):\n    for i in range(1, 4):\n        print(n + i)\n",
        ),
    ];
    let mut statuses = Vec::new();
    for p in [&pack, &sealed] {
        let mut args = vec!["check", "--format", "json", "--exercises", s(p)];
        args.extend(subs.iter().map(|f| s(f)));
        statuses.push(verdicts(&grader(&args)));
    }
    assert_eq!(statuses[0], statuses[1]);
    let status = |who: &str, case: &str| {
        statuses[1]
            .iter()
            .find(|(f, c, _)| f.contains(&format!("/{who}/")) && c == case)
            .map(|(_, _, st)| st.as_str())
            .expect("case")
    };
    // Each mode both passes and fails something.
    assert_eq!(status("right", "exact"), "passed");
    assert_eq!(status("reversed", "exact"), "failed");
    assert_eq!(status("reversed", "any order"), "passed");
    assert_eq!(status("one_off", "any order"), "failed");
    assert_eq!(status("spaces", "trailing spaces allowed"), "passed");
    assert_eq!(status("spaces", "exact"), "failed");
}

#[test]
fn a_tampered_digest_or_salt_fails_the_case() {
    let ws = Workspace::new();
    let sealed = seal(&ws, &test_pack());
    let spec = sealed.join("probe/square/exercise.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    let solution = test_pack().join("probe/square/solution.py");
    let check = || {
        grader(&[
            "check",
            "--exercises",
            s(&sealed),
            "--exercise",
            "probe/square",
            s(&solution),
        ])
    };
    check().code(0);

    for key in ["digest: ", "salt: "] {
        let at = text.find(key).expect("sealed key") + key.len();
        let mut bytes = text.clone().into_bytes();
        bytes[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
        std::fs::write(&spec, &bytes).expect("write");
        check()
            .code(1)
            .stdout_has("negative (hidden)")
            .stdout_has("1/2 cases passed");
    }
}

/// A one-exercise pack whose only case is `case` (YAML, indented 2).
fn pack_with_case(ws: &Workspace, case: &str) -> (PathBuf, PathBuf) {
    ws.write(
        "pack/topics.yaml",
        "topics:\n  - id: probe\n    title: Probe\n    section: tests\n",
    );
    ws.write(
        "pack/probe/square/exercise.yaml",
        &format!("title: t\ndifficulty: 1\nstatement: s\ninterface: i\ncases:\n{case}"),
    );
    ws.write("pack/probe/square/starter.py", "def square(x):\n    pass\n");
    let sub = ws.write("probe/square.py", "def square(x):\n    return x * x\n");
    (ws.dir.path().join("pack"), sub)
}

const DIGEST: &str = "8d4efaaf8610b75f6b16e1b9e3bcd647e5dc28bbd95c0da8cf4b8da63490d186";

#[test]
fn a_broken_sealed_spec_is_a_spec_error_with_file_and_line() {
    let salt = "00112233445566778899aabbccddeeff";
    let cases = [
        (
            format!(
                "  - name: a\n    hidden: true\n    code: print(1)\n    expect_sha256:\n      salt: {salt}\n      digest: 12ab\n"
            ),
            "exercise.yaml:11",
            "`digest` must be 64 hexadecimal digits",
        ),
        (
            format!(
                "  - name: a\n    hidden: true\n    code: print(1)\n    expect_sha256: {{salt: nothex, digest: {DIGEST}}}\n"
            ),
            "exercise.yaml:9",
            "`salt` must be",
        ),
        (
            format!(
                "  - name: a\n    code: print(1)\n    expect_sha256: {{salt: {salt}, digest: {DIGEST}}}\n"
            ),
            "exercise.yaml:8",
            "only for hidden cases",
        ),
        (
            format!(
                "  - name: a\n    hidden: true\n    compare: numeric\n    code: print(1)\n    expect_sha256: {{salt: {salt}, digest: {DIGEST}}}\n"
            ),
            "exercise.yaml:10",
            "cannot be sealed",
        ),
        (
            format!(
                "  - name: a\n    hidden: true\n    code: print(1)\n    expect: \"1\\n\"\n    expect_sha256: {{salt: {salt}, digest: {DIGEST}}}\n"
            ),
            "exercise.yaml:10",
            "both `expect` and `expect_sha256`",
        ),
        (
            "  - name: a\n    code: print(1)\n".to_string(),
            "exercise.yaml:6",
            "has no `expect`",
        ),
        (
            format!(
                "  - name: a\n    hidden: true\n    code: print(1)\n    expect_sha256: {{salt: {salt}, digest: {DIGEST}, hint: x}}\n"
            ),
            "exercise.yaml:9",
            "unknown field `hint`",
        ),
    ];
    for (case, at, message) in cases {
        let ws = Workspace::new();
        let (pack, sub) = pack_with_case(&ws, &case);
        grader(&["check", "--exercises", s(&pack), s(&sub)])
            .code(2)
            .stderr_has(at)
            .stderr_has(message)
            .stderr_has("not a problem with your solution");
    }
}

#[test]
fn seal_refuses_a_numeric_hidden_case_and_writes_nothing() {
    let ws = Workspace::new();
    let (pack, _) = pack_with_case(
        &ws,
        "  - name: mean\n    hidden: true\n    compare: numeric\n    code: print(1.0)\n    expect: \"1.0\\n\"\n",
    );
    let out = ws.dir.path().join("sealed");
    grader(&["seal", s(&pack), s(&out)])
        .code(2)
        .stderr_has("exercise.yaml:6")
        .stderr_has("hidden case \"mean\" uses `compare: numeric`");
    assert!(!out.exists());
}

#[test]
fn seal_refuses_to_leave_a_hidden_output_in_a_comment() {
    let ws = Workspace::new();
    let (pack, _) = pack_with_case(
        &ws,
        "  # prints 'forty-two exactly'\n  - name: answer\n    hidden: true\n    code: print('forty-two exactly')\n    expect: \"forty-two exactly\\n\"\n",
    );
    // The output is also in the case's code, which stays readable: fine.
    let out = ws.dir.path().join("sealed");
    grader(&["seal", s(&pack), s(&out)]).code(0);

    let ws = Workspace::new();
    let (pack, _) = pack_with_case(
        &ws,
        "  # prints 'forty-two exactly'\n  - name: answer\n    hidden: true\n    code: print('forty-two', 'exactly')\n    expect: \"forty-two exactly\\n\"\n",
    );
    let out = ws.dir.path().join("sealed");
    grader(&["seal", s(&pack), s(&out)])
        .code(2)
        .stderr_has("exercise.yaml:6")
        .stderr_has("still holds the expected output of hidden case \"answer\"");
    assert!(!out.exists());
}

#[test]
fn seal_never_overwrites() {
    let ws = Workspace::new();
    let out = ws.write("sealed/keep.txt", "mine\n");
    let out_dir = out.parent().expect("parent");
    grader(&["seal", s(&test_pack()), s(out_dir)])
        .code(2)
        .stderr_has("is not empty");
    assert_eq!(std::fs::read_to_string(&out).expect("kept"), "mine\n");
}
