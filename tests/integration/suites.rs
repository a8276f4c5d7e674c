//! `kind: tests`: learners' test suites graded by the mutants they catch,
//! with real pytest (from the toolchain) and real unittest, and the hostile
//! suites of the kind: one that looks for the other versions and the pack,
//! one that forges its results, one that pins the subject's text, one that
//! writes outside its run.

use std::path::{Path, PathBuf};

use crate::util::{Output, Workspace, grader};

const SUBJECT: &str = "def inc(x):\n    return x + 1\n\n\ndef sign(x):\n    if x < 0:\n        return -1\n    return 1 if x > 0 else 0\n";
const PLUS_TWO: &str = "--- a/inc.py\n+++ b/inc.py\n@@ -1,2 +1,2 @@\n def inc(x):\n-    return x + 1\n+    return x + 2  # SECRET_PLUS_TWO\n";
const SIGN_ZERO: &str = "--- a/inc.py\n+++ b/inc.py\n@@ -8 +8 @@\n-    return 1 if x > 0 else 0\n+    return 1 if x >= 0 else 0  # SECRET_SIGN\n";
const SWAPPED: &str = "--- a/inc.py\n+++ b/inc.py\n@@ -2 +2 @@\n-    return x + 1\n+    return 1 + x  # SECRET_SWAPPED\n";

/// A pack with one tests exercise, `testing/inc`, for `runner`.
fn pack(runner: &str) -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "topics.yaml",
        "topics:\n  - id: testing\n    title: Testing\n    section: \"3. Testing\"\n",
    );
    let toolchain = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/toolchain.yaml");
    ws.write(
        "toolchain.yaml",
        &std::fs::read_to_string(toolchain).expect("toolchain.yaml"),
    );
    ws.write(
        "testing/inc/exercise.yaml",
        &format!(
            "title: Inc\ndifficulty: 1\nkind: tests\nstatement: s\ninterface: i\n\
             limits:\n  memory_mb: 1024\n\
             tests:\n  runner: {runner}\n  subject: [inc.py]\n  equivalents:\n    - name: swapped\n      description: operands swapped\n\
             \x20 mutants:\n    - name: plus_two\n      description: inc adds two\n    - name: sign_zero\n      description: the sign of 0 is 1\n"
        ),
    );
    ws.write("testing/inc/subject/inc.py", SUBJECT);
    ws.write("testing/inc/mutants/plus_two.patch", PLUS_TWO);
    ws.write("testing/inc/mutants/sign_zero.patch", SIGN_ZERO);
    ws.write("testing/inc/equivalents/swapped.patch", SWAPPED);
    ws
}

fn pack_dir(ws: &Workspace) -> &str {
    ws.dir.path().to_str().expect("utf-8")
}

/// A learner's folder of tests: `files` as (name, text).
fn suite(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tmp");
    let folder = dir.path().join("inc");
    std::fs::create_dir(&folder).expect("mkdir");
    for (name, text) in files {
        let path = folder.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    (dir, folder)
}

fn check(pack: &Workspace, folder: &Path, json: bool) -> Output {
    let mut args = vec![
        "--exercises",
        pack_dir(pack),
        "check",
        "--exercise",
        "testing/inc",
    ];
    if json {
        args.extend(["--format", "json"]);
    }
    args.push(folder.to_str().expect("utf-8"));
    grader(&args)
}

/// Case name → (status, message) from a JSON report.
fn outcome(out: &Output) -> (f64, Vec<(String, String, String)>) {
    let v = out.json();
    let ex = &v["exercises"][0];
    let cases = ex["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or_default().to_string(),
                c["status"].as_str().unwrap_or_default().to_string(),
                c["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    (ex["score"].as_f64().expect("score"), cases)
}

fn status_of<'a>(cases: &'a [(String, String, String)], name: &str) -> &'a str {
    cases
        .iter()
        .find(|c| c.0 == name)
        .map(|c| c.1.as_str())
        .unwrap_or_else(|| panic!("no case {name:?} in {cases:?}"))
}

fn toolchain_ready() -> bool {
    let out = grader(&["toolchain", "status"]);
    if out.code == 0 {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install the toolchain before the tests:\n{}",
        out.stdout
    );
    eprintln!("skipped: the toolchain is not installed (run `grader toolchain install`)");
    false
}

#[test]
fn a_pytest_suite_that_misses_a_mutant_scores_partial_credit_and_names_both() {
    if !toolchain_ready() {
        return;
    }
    let pack = pack("pytest");
    // The learner's own copy of the module is wrong: the pack's is used.
    // In a subfolder, with a fixture from a conftest.py.
    let (_tmp, folder) = suite(&[
        (
            "tests/conftest.py",
            "import pytest\n\n\n@pytest.fixture\ndef one():\n    return 1\n",
        ),
        (
            "tests/test_inc.py",
            "from inc import inc\n\n\ndef test_inc(one):\n    assert inc(one) == 2\n",
        ),
        ("inc.py", "def inc(x):\n    return 0\n"),
    ]);
    let out = check(&pack, &folder, true);
    out.code(1);
    let (score, cases) = outcome(&out);
    assert!((score - 0.5).abs() < 1e-9, "{score} {cases:?}");
    assert_eq!(status_of(&cases, "passes on the correct module"), "passed");
    assert_eq!(
        status_of(&cases, "passes on a correct rewrite: operands swapped"),
        "passed"
    );
    assert_eq!(status_of(&cases, "catches: inc adds two"), "passed");
    assert_eq!(status_of(&cases, "catches: the sign of 0 is 1"), "failed");
    // Never the mutants' code, in any form.
    assert!(!out.stdout.contains("SECRET_"), "{}", out.stdout);
    assert!(!out.stdout.contains("x + 2"), "{}", out.stdout);
    check(&pack, &folder, false)
        .code(1)
        .stdout_has("✓ catches: inc adds two")
        .stdout_has("✗ catches: the sign of 0 is 1")
        .stdout_has("missed: every test passed with this bug in the module");
}

#[test]
fn a_unittest_suite_is_graded_the_same_way_without_the_toolchain() {
    let pack = pack("unittest");
    let (_tmp, folder) = suite(&[(
        "test_inc.py",
        "import unittest\n\nfrom inc import inc, sign\n\n\nclass IncTest(unittest.TestCase):\n    def test_inc(self):\n        self.assertEqual(inc(1), 2)\n\n    def test_sign(self):\n        self.assertEqual([sign(-3), sign(0), sign(5)], [-1, 0, 1])\n",
    )]);
    let out = check(&pack, &folder, true);
    out.code(0);
    let (score, cases) = outcome(&out);
    assert_eq!(score, 1.0, "{cases:?}");
    // A failing test on the correct module: nothing counts, and it is named.
    let (_tmp2, wrong) = suite(&[(
        "test_inc.py",
        "import unittest\n\nfrom inc import inc\n\n\nclass IncTest(unittest.TestCase):\n    def test_wrong(self):\n        self.assertEqual(inc(1), 3)\n",
    )]);
    let out = check(&pack, &wrong, false);
    out.code(1)
        .stdout_has("✗ passes on the correct module")
        .stdout_has("test_inc.IncTest.test_wrong: AssertionError: 2 != 3")
        .stdout_has("not counted: the suite must pass on the correct module first")
        .stdout_lacks("✓ catches");
}

#[test]
fn a_suite_failing_on_the_reference_scores_zero_and_names_the_test() {
    if !toolchain_ready() {
        return;
    }
    let pack = pack("pytest");
    let (_tmp, folder) = suite(&[(
        "test_inc.py",
        "from inc import inc\n\n\ndef test_inc():\n    assert inc(1) == 2\n\n\ndef test_wrong():\n    assert inc(1) == 3\n",
    )]);
    let out = check(&pack, &folder, true);
    out.code(1);
    let (score, cases) = outcome(&out);
    assert_eq!(score, 0.0);
    let reference = cases
        .iter()
        .find(|c| c.0 == "passes on the correct module")
        .expect("reference case");
    assert_eq!(reference.1, "failed");
    assert!(
        reference
            .2
            .contains("test_inc.py::test_wrong: assert 2 == 3"),
        "{reference:?}"
    );
    // A folder with no test at all says how tests are found.
    let (_tmp2, empty) = suite(&[("helpers.py", "X = 1\n")]);
    check(&pack, &empty, false)
        .code(1)
        .stdout_has("no test ran: pytest collects files named test_*.py");
}

#[test]
fn pytest_loads_no_plugin_the_toolchain_happens_to_register() {
    if !toolchain_ready() {
        return;
    }
    // anyio (a dependency of the web frameworks) registers a pytest plugin
    // with an `anyio_backend` fixture; pytest's autoload would offer it to
    // every suite (and import anyio in every run).  Only the grader's own
    // plugin is loaded, so the fixture does not exist.
    let pack = pack("pytest");
    let (_tmp, folder) = suite(&[(
        "test_inc.py",
        "from inc import inc\n\n\ndef test_inc(anyio_backend):\n    assert inc(1) == 2\n",
    )]);
    let out = check(&pack, &folder, true);
    out.code(1);
    let (score, cases) = outcome(&out);
    assert_eq!(score, 0.0, "{cases:?}");
    let reference = cases
        .iter()
        .find(|c| c.0 == "passes on the correct module")
        .expect("reference case");
    assert_eq!(reference.1, "failed", "{cases:?}");
    assert!(
        reference
            .2
            .contains("test_inc.py::test_inc: fixture 'anyio_backend' not found"),
        "{reference:?}"
    );
}

#[test]
fn a_builtin_suite_that_tests_only_the_happy_path_misses_the_errors() {
    if !toolchain_ready() {
        return;
    }
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("exercises/testing/pricing_suite/wrong/happy_path_only");
    let out = grader(&[
        "check",
        "--format",
        "json",
        "--exercise",
        "testing/pricing_suite",
        folder.to_str().expect("utf-8"),
    ]);
    out.code(1);
    let (score, cases) = outcome(&out);
    assert!((score - 5.0 / 12.0).abs() < 1e-9, "{score} {cases:?}");
    for missed in [
        "catches: a quantity of 0 is accepted instead of raising ValueError",
        "catches: a negative unit price is accepted instead of raising ValueError",
        "catches: an unknown code raises KeyError instead of ValueError",
    ] {
        assert_eq!(status_of(&cases, missed), "failed");
    }
}

#[test]
fn init_puts_the_module_beside_the_starter_tests() {
    let ws = Workspace::new();
    let root = ws.dir.path().join("practice");
    grader(&["init", root.to_str().expect("utf-8")]).code(0);
    let folder = root.join("testing/pricing_suite");
    let module = std::fs::read_to_string(folder.join("pricing.py")).expect("pricing.py");
    let pack = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("exercises/testing/pricing_suite/subject/pricing.py");
    assert_eq!(module, std::fs::read_to_string(pack).expect("subject"));
    assert!(folder.join("test_pricing.py").is_file());
    assert!(!folder.join("mutants").exists());
    grader(&["show", "testing/pricing_suite"])
        .code(0)
        .stdout_has("faulty versions (mutants)")
        .stdout_lacks("still pays shipping");
}

// --- hostile suites ---

/// Looks everywhere a run can read for the other versions, the patches, the
/// descriptions and the pack; fails (on the reference: scoring nothing) if
/// it finds any of them.
const SNOOP: &str = r#"
import os
import sys

from inc import inc

PACK = __PACK__
SKIP = {"/proc", "/sys", "/dev"}
PREFIXES = {os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}


def found():
    hits = []
    for path in (PACK, os.path.join(PACK, "testing/inc/mutants/plus_two.patch"),
                 os.path.join(PACK, "testing/inc/exercise.yaml")):
        try:
            if os.path.isdir(path):
                os.listdir(path)
            else:
                open(path, "rb").read()
            hits.append("readable: " + path)
        except OSError:
            pass
    for root, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in SKIP
                   and os.path.realpath(os.path.join(root, d)) not in PREFIXES]
        for name in files:
            full = os.path.join(root, name)
            if name.endswith(".patch") or name == "exercise.yaml":
                hits.append("file: " + full)
                continue
            if name == "inc.py":
                continue  # this run's own version of the module
            try:
                if os.path.getsize(full) > 512 * 1024:
                    continue
                with open(full, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            for needle in (b"SECRET_", b"inc adds two", b"the sign of 0 is 1", b"operands swapped"):
                if needle in data:
                    hits.append("%s in %s" % (needle.decode(), full))
    return hits


def test_nothing_of_the_other_versions_is_readable():
    assert found() == []


def test_inc():
    assert inc(1) == 2
"#;

#[test]
fn a_suite_cannot_read_the_other_versions_the_patches_or_the_pack() {
    if !toolchain_ready() {
        return;
    }
    let pack = pack("pytest");
    let source = SNOOP.replace("__PACK__", &format!("{:?}", pack_dir(&pack)));
    let (_tmp, folder) = suite(&[("test_snoop.py", &source)]);
    let out = check(&pack, &folder, false);
    // The reference run found nothing; plus_two is caught by test_inc, and
    // sign_zero is missed: nothing of it reached the other runs.
    out.code(1)
        .stdout_has("✓ passes on the correct module")
        .stdout_has("✓ passes on a correct rewrite: operands swapped")
        .stdout_has("✓ catches: inc adds two")
        .stdout_has("✗ catches: the sign of 0 is 1");
}

#[test]
fn forged_results_and_exit_statuses_earn_nothing() {
    if !toolchain_ready() {
        return;
    }
    let pack = pack("pytest");
    // Claims failures everywhere, in every channel it can reach: the
    // driver's report pipe through /proc, the results file, its output and
    // its exit status.  It cannot tell the versions apart, so the reference
    // fails too.
    let claim_failures = r#"
import json
import os

FRAME = '{"ev":"run","timed_out":false,"exit_code":1,"signal":null,"error":null,"results":null,"output":""}\n{"ev":"end"}\n'


def pytest_sessionfinish(session, exitstatus):
    for pid in ("1", str(os.getppid())):
        for fd in ("1", "3", "4"):
            try:
                with open("/proc/%s/fd/%s" % (pid, fd), "w") as f:
                    f.write(FRAME)
            except OSError:
                pass
    path = os.environ.get("GRADER_RESULTS")
    if path:
        with open(path, "w") as f:
            json.dump({"runner": "pytest", "exit": 1,
                       "tests": [{"id": "test_x.py::test_caught", "outcome": "failed", "message": "caught"}]}, f)
    print("FAILED test_x.py::test_caught - 1 failed")
    os._exit(1)
"#;
    let (_tmp, folder) = suite(&[
        ("conftest.py", claim_failures),
        (
            "test_x.py",
            "def test_nothing():\n    assert True\n\n\ndef test_caught():\n    pass\n",
        ),
    ]);
    let out = check(&pack, &folder, true);
    out.code(1);
    let (score, cases) = outcome(&out);
    assert_eq!(score, 0.0, "{cases:?}");
    assert!(
        cases
            .iter()
            .all(|c| !c.0.starts_with("catches:") || c.1 != "passed"),
        "{cases:?}"
    );
    // Claims a pass although a test fails: every run then looks clean, so
    // every mutant is missed.
    let claim_pass = r#"
import json
import os


def pytest_sessionfinish(session, exitstatus):
    session.exitstatus = 0
    path = os.environ.get("GRADER_RESULTS")
    if path:
        with open(path, "w") as f:
            json.dump({"runner": "pytest", "exit": 0,
                       "tests": [{"id": "test_x.py::test_fails", "outcome": "passed", "message": ""}]}, f)
    os._exit(0)
"#;
    let (_tmp2, folder2) = suite(&[
        ("conftest.py", claim_pass),
        ("test_x.py", "def test_fails():\n    assert False\n"),
    ]);
    let out = check(&pack, &folder2, true);
    let (score, cases) = outcome(&out);
    assert_eq!(score, 0.0, "{cases:?}");
}

#[test]
fn pinning_the_subjects_text_earns_nothing() {
    if !toolchain_ready() {
        return;
    }
    let pack = pack("pytest");
    // The exact bytes: each run's copy ends in a random comment, so even
    // the reference does not match.
    let exact = format!(
        "import hashlib\nimport inc\n\n\ndef test_pin():\n    with open(inc.__file__, 'rb') as f:\n        assert hashlib.sha256(f.read()).hexdigest() == {:?}\n",
        crate::util::python(
            "import hashlib, sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest())",
            &[SUBJECT]
        )
        .trim()
    );
    let (_tmp, folder) = suite(&[("test_pin.py", &exact)]);
    let out = check(&pack, &folder, false);
    out.code(1)
        .stdout_has("✗ passes on the correct module")
        .stdout_has("test_pin.py::test_pin")
        .stdout_lacks("✓ catches");
    // The syntax tree, comments ignored: the reference passes and every
    // mutant fails, but the correct rewrite fails too.
    let tree = format!(
        "import ast\nimport inc\n\n\ndef test_pin_tree():\n    with open(inc.__file__) as f:\n        assert ast.dump(ast.parse(f.read())) == ast.dump(ast.parse({SUBJECT:?}))\n"
    );
    let (_tmp2, folder2) = suite(&[("test_pin.py", &tree)]);
    let out = check(&pack, &folder2, false);
    out.code(1)
        .stdout_has("✓ passes on the correct module")
        .stdout_has("✗ passes on a correct rewrite: operands swapped")
        .stdout_has("test_pin.py::test_pin_tree (failed)")
        .stdout_has("not counted: the suite fails on a correct rewrite of the module")
        .stdout_lacks("✓ catches");
}

#[test]
fn a_suite_cannot_write_outside_its_run() {
    use std::os::unix::fs::PermissionsExt as _;
    if !toolchain_ready() {
        return;
    }
    let pack = pack("pytest");
    let canary = tempfile::tempdir().expect("tmp");
    std::fs::set_permissions(canary.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let writer = format!(
        r#"
import json
import os

from inc import inc

TARGETS = [{canary:?}, {pack:?}, os.path.join({pack:?}, "testing/inc/subject")]


def test_writes():
    try:
        with open("/proc/1/cmdline", "rb") as f:
            request = f.read().split(b"\0")[-2].decode()
        with open(request) as f:
            TARGETS.append(json.load(f)["suite"])
    except (OSError, ValueError, KeyError, IndexError):
        pass
    for target in TARGETS:
        try:
            with open(os.path.join(target, "planted.txt"), "w") as f:
                f.write("planted")
        except OSError:
            pass
        try:
            with open(os.path.join(target, "inc.py"), "w") as f:
                f.write("def inc(x):\n    return 99\n")
        except OSError:
            pass
    assert inc(1) == 2
"#,
        canary = canary.path().to_str().expect("utf-8"),
        pack = pack_dir(&pack),
    );
    let (_tmp, folder) = suite(&[("test_write.py", &writer)]);
    let out = check(&pack, &folder, false);
    out.code(1)
        .stdout_has("✓ passes on the correct module")
        .stdout_has("✓ catches: inc adds two");
    assert_eq!(
        std::fs::read_dir(canary.path()).expect("read").count(),
        0,
        "a file was planted outside the run"
    );
    assert!(!pack.dir.path().join("planted.txt").exists());
    assert!(
        !pack
            .dir
            .path()
            .join("testing/inc/subject/planted.txt")
            .exists()
    );
    assert_eq!(
        std::fs::read_to_string(pack.dir.path().join("testing/inc/subject/inc.py"))
            .expect("subject"),
        SUBJECT
    );
}

#[test]
fn a_sealed_pack_grades_a_suite_as_the_original_does() {
    let pack = pack("unittest");
    let out_dir = tempfile::tempdir().expect("tmp");
    let sealed = out_dir.path().join("sealed");
    grader(&["seal", pack_dir(&pack), sealed.to_str().expect("utf-8")]).code(0);
    assert!(sealed.join("testing/inc/subject/inc.py").is_file());
    assert!(sealed.join("testing/inc/mutants/plus_two.patch").is_file());
    let (_tmp, folder) = suite(&[(
        "test_inc.py",
        "import unittest\n\nfrom inc import inc\n\n\nclass IncTest(unittest.TestCase):\n    def test_inc(self):\n        self.assertEqual(inc(1), 2)\n",
    )]);
    let grade = |dir: &str| {
        let out = grader(&[
            "--exercises",
            dir,
            "check",
            "--format",
            "json",
            "--exercise",
            "testing/inc",
            folder.to_str().expect("utf-8"),
        ]);
        outcome(&out)
    };
    let (original, _) = grade(pack_dir(&pack));
    let (copy, cases) = grade(sealed.to_str().expect("utf-8"));
    assert!((original - 0.5).abs() < 1e-9, "{original}");
    assert_eq!(original, copy, "{cases:?}");
}

#[test]
fn a_mutant_that_hangs_the_suite_is_caught_once_the_reference_ran_clean() {
    let pack = pack("unittest");
    pack.write(
        "testing/inc/mutants/hang.patch",
        "--- a/inc.py\n+++ b/inc.py\n@@ -1,2 +1,3 @@\n def inc(x):\n+    while True: pass\n     return x + 1\n",
    );
    let spec = pack.dir.path().join("testing/inc/exercise.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    std::fs::write(
        &spec,
        text.replace("  memory_mb: 1024\n", "  memory_mb: 1024\n  time: 4\n")
            + "    - name: hang\n      description: inc never returns\n",
    )
    .expect("spec");
    let (_tmp, folder) = suite(&[(
        "test_inc.py",
        "import unittest\n\nfrom inc import inc\n\n\nclass IncTest(unittest.TestCase):\n    def test_inc(self):\n        self.assertEqual(inc(1), 2)\n",
    )]);
    let out = check(&pack, &folder, true);
    let (score, cases) = outcome(&out);
    assert_eq!(status_of(&cases, "catches: inc never returns"), "passed");
    assert!((score - 2.0 / 3.0).abs() < 1e-9, "{score} {cases:?}");
}

#[test]
fn an_unprivileged_user_grades_a_suite_as_root_does() {
    use std::os::unix::fs::PermissionsExt as _;
    if !crate::hostile::unprivileged_too() {
        return;
    }
    let pack = pack("unittest");
    let arena = tempfile::tempdir().expect("tmp");
    std::fs::set_permissions(arena.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let pack_copy = arena.path().join("pack");
    crate::hostile::copy_tree(pack.dir.path(), &pack_copy);
    let folder = arena.path().join("inc");
    crate::hostile::copy_tree(
        pack.dir.path().join("testing/inc/subject").as_path(),
        &folder,
    );
    std::fs::write(
        folder.join("test_inc.py"),
        "import unittest\n\nfrom inc import inc\n\n\nclass IncTest(unittest.TestCase):\n    def test_inc(self):\n        self.assertEqual(inc(1), 2)\n",
    )
    .expect("write");
    std::fs::set_permissions(
        folder.join("test_inc.py"),
        std::fs::Permissions::from_mode(0o644),
    )
    .expect("chmod");
    let home = tempfile::tempdir().expect("tmp");
    std::fs::set_permissions(home.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let mut cmd = std::process::Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(crate::hostile::shared_binary())
        .args([
            "--exercises",
            pack_copy.to_str().expect("utf-8"),
            "check",
            "--format",
            "json",
            "--exercise",
            "testing/inc",
            folder.to_str().expect("utf-8"),
        ])
        .env("GRADER_PYTHON", "/usr/bin/python3")
        .env("HOME", home.path())
        .env("NO_COLOR", "1")
        .current_dir(home.path());
    let out = crate::hostile::output(&mut cmd);
    let out = Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: std::time::Duration::ZERO,
    };
    out.code(1);
    let (score, cases) = outcome(&out);
    assert!((score - 0.5).abs() < 1e-9, "{score} {cases:?}");
    assert_eq!(status_of(&cases, "passes on the correct module"), "passed");
}

const UNITTEST_BOTH: &str = "import unittest\n\nfrom inc import inc, sign\n\n\nclass IncTest(unittest.TestCase):\n    def test_inc(self):\n        self.assertEqual(inc(1), 2)\n\n    def test_sign(self):\n        self.assertEqual(sign(0), 0)\n";
const UNITTEST_INC: &str = "import unittest\n\nfrom inc import inc\n\n\nclass IncTest(unittest.TestCase):\n    def test_inc(self):\n        self.assertEqual(inc(1), 2)\n";

#[test]
fn verify_proves_the_reference_suite_and_catches_a_wrong_one_that_is_not() {
    let pack = pack("unittest");
    pack.write("testing/inc/solution/test_inc.py", UNITTEST_BOTH);
    pack.write("testing/inc/accepted/same/test_inc.py", UNITTEST_BOTH);
    pack.write("testing/inc/starter/test_inc.py", UNITTEST_INC);
    pack.write("testing/inc/wrong/inc_only/test_inc.py", UNITTEST_INC);
    let verify = || grader(&["--exercises", pack_dir(&pack), "verify"]);
    verify()
        .code(0)
        .stdout_has("✓ testing/inc")
        .stdout_has("accepted 1/1");
    // A "wrong" suite that catches everything is a pack bug.
    pack.write("testing/inc/wrong/too_good/test_inc.py", UNITTEST_BOTH);
    verify()
        .code(1)
        .stdout_has("wrong/too_good/ passes every case");
    std::fs::remove_dir_all(pack.dir.path().join("testing/inc/wrong/too_good")).expect("rm");
    // A mutant the reference suite misses is named.
    pack.write(
        "testing/inc/mutants/sign_negative.patch",
        "--- a/inc.py\n+++ b/inc.py\n@@ -6,2 +6,2 @@\n-    if x < 0:\n+    if x < -5:\n         return -1\n",
    );
    let spec = pack.dir.path().join("testing/inc/exercise.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    std::fs::write(
        &spec,
        text + "    - name: sign_negative\n      description: small negative numbers have sign 0\n",
    )
    .expect("spec");
    verify()
        .code(1)
        .stdout_has("does not pass")
        .stdout_has("catches: small negative numbers have sign 0");
    // A patch that no longer applies is a broken pack, named.
    pack.write(
        "testing/inc/mutants/sign_negative.patch",
        "--- a/inc.py\n+++ b/inc.py\n@@ -6,2 +6,2 @@\n-    if y < 0:\n+    if x < -5:\n         return -1\n",
    );
    grader(&["--exercises", pack_dir(&pack), "show", "testing/inc"])
        .code(2)
        .stderr_has("sign_negative.patch:3: the hunk does not match inc.py at line 6; regenerate the patch against subject/");
}
