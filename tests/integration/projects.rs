//! Project exercises and the managed toolchain, with real tools: pytest,
//! ruff and pip from the toolchain `.ci/run` installs (`grader toolchain
//! install`) before the tests.

use std::path::{Path, PathBuf};

use crate::util::{Workspace, grader, grader_with_env};

fn builtin(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("exercises")
        .join(rel)
}

/// Whether the built-in pack's toolchain is installed here.  CI installs it,
/// so there its absence fails the test instead of skipping it.
fn toolchain_ready() -> bool {
    let out = grader(&["toolchain", "status"]);
    if out.code == 0 {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install the toolchain before the tests (`grader toolchain install` in .ci/run):\n{}",
        out.stdout
    );
    eprintln!("skipped: the toolchain is not installed (run `grader toolchain install`)");
    false
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A learner's copy of a built-in project folder, as `<topic>/<name>/`.
fn learner_copy(ws: &Workspace, id: &str, which: &str) -> PathBuf {
    let dir = ws.dir.path().join(id);
    std::fs::create_dir_all(&dir).expect("mkdir");
    copy_tree(&builtin(&format!("{id}/{which}")), &dir);
    dir
}

#[test]
fn a_project_starter_fails_and_its_solution_passes() {
    if !toolchain_ready() {
        return;
    }
    let ws = Workspace::new();
    let solution = learner_copy(&ws, "packaging/console_script", "solution");
    grader(&["check", solution.to_str().expect("utf-8")])
        .code(0)
        .stdout_has("✓ wordfreq sample.txt prints the top three")
        .stdout_has("packaging/console_script: 5/5 cases passed");
    let starter = builtin("packaging/console_script/starter");
    grader(&[
        "check",
        "--exercise",
        "packaging/console_script",
        starter.to_str().expect("utf-8"),
    ])
    .code(1)
    .stdout_has("0/5 cases passed");
}

#[test]
fn a_console_script_is_installed_and_run_by_a_case() {
    if !toolchain_ready() {
        return;
    }
    let ws = Workspace::new();
    let dir = learner_copy(&ws, "packaging/console_script", "solution");
    // The learner's own command, under its own name and output.
    let pyproject = std::fs::read_to_string(dir.join("pyproject.toml")).expect("read");
    std::fs::write(
        dir.join("pyproject.toml"),
        pyproject.replace(
            "wordfreq = \"wordfreq.cli:main\"",
            "wordfreq = \"wordfreq.shout:main\"",
        ),
    )
    .expect("write");
    std::fs::write(
        dir.join("src/wordfreq/shout.py"),
        "def main():\n    print('5 THE')\n    return 0\n",
    )
    .expect("write");
    grader(&["check", dir.to_str().expect("utf-8")])
        .code(1)
        .stdout_has("✗ wordfreq sample.txt prints the top three")
        .stdout_has("+5 THE");
}

#[test]
fn a_patch_mutant_is_rejected_and_verify_says_by_which_cases() {
    if !toolchain_ready() {
        return;
    }
    grader(&["verify", "--only", "testing/pytest_suite"])
        .code(0)
        .stdout_has("✓ testing/pytest_suite")
        .stdout_has("pops_the_oldest fails 3/3")
        .stdout_has("accepted 2/2");
    // The same mutant written by hand in a learner's folder fails too.
    let ws = Workspace::new();
    let dir = learner_copy(&ws, "testing/pytest_suite", "solution");
    let stack = std::fs::read_to_string(dir.join("stack.py")).expect("read");
    std::fs::write(
        dir.join("stack.py"),
        stack.replace("self._items.pop()", "self._items.pop(0)"),
    )
    .expect("write");
    grader(&["check", dir.to_str().expect("utf-8")])
        .code(1)
        .stdout_has("✗ python -m pytest -q tests passes");
}

#[test]
fn without_the_toolchain_cases_are_not_graded_never_passed() {
    let empty = tempfile::tempdir().expect("tmp");
    let env = [(
        "GRADER_TOOLCHAIN_DIR",
        empty.path().to_str().expect("utf-8"),
    )];
    let solution = builtin("testing/pytest_suite/solution");
    let out = grader_with_env(None, &["check", solution.to_str().expect("utf-8")], &env);
    out.code(1)
        .stdout_has("not-graded")
        .stdout_has("run `grader toolchain install`")
        .stdout_lacks("✓");
    grader_with_env(
        None,
        &[
            "--require-toolchain",
            "check",
            solution.to_str().expect("utf-8"),
        ],
        &env,
    )
    .code(2)
    .stderr_has("--require-toolchain");
    // The static check of typehints/annotate runs on the pinned mypy only.
    let annotate = builtin("typehints/annotate/solution.py");
    grader_with_env(None, &["check", annotate.to_str().expect("utf-8")], &env)
        .code(1)
        .stdout_has("static check: mypy --strict")
        .stdout_has("not graded");
    grader_with_env(
        None,
        &[
            "--sandbox",
            "strict",
            "check",
            annotate.to_str().expect("utf-8"),
        ],
        &env,
    )
    .code(2);
}

#[test]
fn a_stale_toolchain_is_detected_and_rebuilt() {
    // A pack whose toolchain is the pip every venv starts with, installed
    // offline from an empty wheel folder: no network needed.
    let pip = crate::util::python("import ensurepip; print(ensurepip.version())", &[]);
    let pack = Workspace::new();
    pack.write("topics.yaml", "topics: []\n");
    pack.write(
        "toolchain.yaml",
        &format!("packages: [pip=={}]\n", pip.trim()),
    );
    let wheels = pack.dir.path().join("wheels");
    std::fs::create_dir(&wheels).expect("mkdir");
    let cache = tempfile::tempdir().expect("tmp");
    let env = [(
        "GRADER_TOOLCHAIN_DIR",
        cache.path().to_str().expect("utf-8"),
    )];
    let pack_dir = pack.dir.path().to_str().expect("utf-8");
    let status = || {
        grader_with_env(
            None,
            &["--exercises", pack_dir, "toolchain", "status"],
            &env,
        )
    };
    status().code(1).stdout_has("not installed");
    let install = || {
        grader_with_env(
            None,
            &[
                "--exercises",
                pack_dir,
                "toolchain",
                "install",
                "--find-links",
                wheels.to_str().expect("utf-8"),
            ],
            &env,
        )
    };
    install().code(0).stdout_has("toolchain ready");
    status().code(0).stdout_has("ready").stdout_has("pip==");
    // Tamper with the lock: the environment is no longer trusted.
    let env_dir = std::fs::read_dir(cache.path())
        .expect("read")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .expect("an environment");
    // Built in a temporary folder and renamed: its console scripts must
    // still start (their #! line names the final place).
    let pip_script = std::process::Command::new(env_dir.join("venv/bin/pip"))
        .arg("--version")
        .output()
        .expect("the environment's pip script starts");
    assert!(
        pip_script.status.success(),
        "{}",
        String::from_utf8_lossy(&pip_script.stderr)
    );
    std::fs::write(env_dir.join("lock.txt"), "pip==0.0.1\n").expect("write");
    status()
        .code(1)
        .stdout_has("stale")
        .stdout_has("lock file changed");
    install().code(0).stderr_has("rebuilding");
    status().code(0).stdout_has("ready");
    // A half-built one (no completion marker) is stale too, never used.
    std::fs::remove_file(env_dir.join("complete.json")).expect("rm");
    status().code(1).stdout_has("did not finish");
}

/// A project with a wrong stack and a conftest that tries to escape, to
/// copy the reference solution over the stack, and (with `forge`) to forge
/// the driver's reports through /proc; the check's output.
fn hostile_conftest_run(forge: bool) -> (crate::util::Output, PathBuf) {
    let ws = Workspace::new();
    let dir = learner_copy(&ws, "testing/pytest_suite", "solution");
    // A wrong stack (pops the oldest item), and a conftest that tries to
    // escape, to copy the reference solution over it, and to forge results.
    let stack = std::fs::read_to_string(dir.join("stack.py")).expect("read");
    std::fs::write(
        dir.join("stack.py"),
        stack.replace("self._items.pop()", "self._items.pop(0)"),
    )
    .expect("write");
    let outside = ws.dir.path().join("escaped.txt");
    let reference = builtin("testing/pytest_suite/solution/stack.py");
    let conftest = format!(
        r#"
import os, pathlib
seen = []
for target in [{outside:?}, "/tmp/grader-escaped.txt"]:
    try:
        pathlib.Path(target).write_text("out")
        seen.append("WROTE-OUTSIDE " + target)
    except OSError:
        seen.append("WRITE-DENIED")
try:
    pathlib.Path("stack.py").write_text(pathlib.Path({reference:?}).read_text())
    seen.append("READ-SOLUTION")
except OSError:
    seen.append("READ-DENIED")
# Forged reports: on our own stdout, and on the driver's through /proc.
print('{{"ev":"step","kind":"case","index":2,"timed_out":false,"exit_code":0}}')
forged = '{{"ev":"step","kind":"case","index":1,"timed_out":false,"exit_code":0,"error":null,"signal":null}}\n{{"ev":"step","kind":"case","index":2,"timed_out":false,"exit_code":0,"error":null,"signal":null,"stdout":"4 5 [4, 3, 2, 1] 1 0\\npop True\\npeek True\\n"}}\n{{"ev":"end"}}\n'
for pid in ({{"1", str(os.getppid())}} if {forge} else []):
    try:
        fds = os.listdir("/proc/%s/fd" % pid)
    except OSError:
        fds = []
    for fd in fds:
        try:
            with open("/proc/%s/fd/%s" % (pid, fd), "w") as f:
                f.write(forged)
            seen.append("FORGED")
        except OSError:
            pass
# pytest shows a conftest's import error: that is how we learn what held.
raise RuntimeError("conftest saw: " + " ".join(seen))
"#,
        outside = outside.display().to_string(),
        reference = reference.display().to_string(),
        forge = if forge { "True" } else { "False" },
    );
    std::fs::write(dir.join("conftest.py"), conftest).expect("write");
    let out = grader(&["check", dir.to_str().expect("utf-8")]);
    assert!(!outside.exists(), "the conftest wrote outside its run");
    assert!(
        !Path::new("/tmp/grader-escaped.txt").exists(),
        "the conftest wrote to the host's /tmp"
    );
    (out, ws.dir.keep())
}

#[test]
fn a_hostile_conftest_is_contained() {
    if !toolchain_ready() {
        return;
    }
    let (out, dir) = hostile_conftest_run(false);
    // The visible pytest case fails and shows the conftest's error: it ran,
    // and every attempt was refused.
    out.code(1)
        .stdout_has("✗ python -m pytest -q tests passes")
        .stdout_has("conftest saw:")
        .stdout_has("READ-DENIED")
        .stdout_has("WRITE-DENIED")
        .stdout_lacks("READ-SOLUTION")
        .stdout_lacks("WROTE-OUTSIDE")
        .stdout_has("✗ last in, first out, checked directly (hidden)")
        .stdout_has("✗ the pack's own copy of the suite passes (hidden)");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn forged_driver_reports_make_errors_never_passes() {
    if !toolchain_ready() {
        return;
    }
    // Learner commands run as an unprivileged uid with no capabilities and
    // the driver is not dumpable, so its descriptors cannot even be opened
    // through /proc (and were they, the grader would accept reports only in
    // the driver's exact order, voiding the run): nothing passes.
    let (out, dir) = hostile_conftest_run(true);
    out.code(1)
        .stdout_lacks("✓")
        .stdout_has("conftest saw:")
        .stdout_lacks("FORGED");
    let _ = std::fs::remove_dir_all(dir);
}

/// `grader check DIR` as `nobody` through setpriv, with Debian's Python and
/// the toolchain CI built for it (GRADER_TOOLCHAIN_DIR, readable by all).
fn check_as_nobody(dir: &Path, home: &Path) -> crate::util::Output {
    use std::process::Command;
    let mut cmd = Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(crate::hostile::shared_binary())
        .args(["check", "--color", "never", dir.to_str().expect("utf-8")])
        .env("GRADER_PYTHON", "/usr/bin/python3")
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .current_dir(home);
    let start = std::time::Instant::now();
    let out = crate::hostile::output(&mut cmd);
    crate::util::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

#[test]
fn pytest_runs_in_the_sandbox_as_root_and_as_an_unprivileged_user() {
    use std::os::unix::fs::PermissionsExt as _;
    if !toolchain_ready() {
        return;
    }
    let ws = Workspace::new();
    let dir = learner_copy(&ws, "testing/pytest_suite", "solution");
    grader(&["check", dir.to_str().expect("utf-8")])
        .code(0)
        .stdout_has("✓ python -m pytest -q tests passes")
        .stdout_has("3/3 cases passed");
    if !crate::hostile::unprivileged_too() {
        return;
    }
    // Everything nobody must read: the folders down to the project.
    let mut p = dir.clone();
    loop {
        if p.starts_with(ws.dir.path()) {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        if !p.pop() || !p.starts_with(ws.dir.path()) {
            break;
        }
    }
    for entry in walk(&dir) {
        let mode = if entry.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }
    let home = tempfile::tempdir().expect("tmp");
    std::fs::set_permissions(home.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let out = check_as_nobody(&dir, home.path());
    if out.stdout.contains("not-graded") {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install the toolchain for /usr/bin/python3 too (see .ci/run):\n{}",
            out.stdout
        );
        eprintln!("skipped as nobody: no toolchain for /usr/bin/python3 in GRADER_TOOLCHAIN_DIR");
        return;
    }
    out.code(0)
        .stdout_has("✓ python -m pytest -q tests passes")
        .stdout_has("3/3 cases passed");
    // And a wrong stack still fails there.
    let stack = std::fs::read_to_string(dir.join("stack.py")).expect("read");
    std::fs::write(
        dir.join("stack.py"),
        stack.replace("self._items.pop()", "self._items.pop(0)"),
    )
    .expect("write");
    check_as_nobody(&dir, home.path())
        .code(1)
        .stdout_has("✗ python -m pytest -q tests passes");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn a_class_hands_in_project_folders_and_grade_grades_them() {
    if !toolchain_ready() {
        return;
    }
    // alice hands in the reference project, bob the starter, carol a file
    // where the folder belongs.
    let ws = Workspace::new();
    let class = ws.dir.path().join("class");
    for (student, which) in [("alice", "solution"), ("bob", "starter")] {
        let dir = class.join(student).join("code_quality/lint_clean");
        std::fs::create_dir_all(&dir).expect("mkdir");
        copy_tree(&builtin(&format!("code_quality/lint_clean/{which}")), &dir);
    }
    ws.write("class/carol/code_quality/lint_clean.py", "x = 1\n");
    let report = ws.dir.path().join("report.json");
    let out = grader(&[
        "grade",
        "--quiet",
        class.to_str().expect("utf-8"),
        "--only",
        "code_quality/lint_clean",
        "--format",
        &format!("json={}", report.display()),
    ]);
    out.code(1);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    let status = |name: &str| {
        json["students"]
            .as_array()
            .expect("students")
            .iter()
            .find(|s| s["student"] == name)
            .map(|s| {
                s["exercises"][0]["status"]
                    .as_str()
                    .unwrap_or("")
                    .to_string()
            })
            .unwrap_or_default()
    };
    assert_eq!(status("alice"), "passed", "{json:#}");
    assert_ne!(status("bob"), "passed", "{json:#}");
    assert_ne!(status("carol"), "passed", "{json:#}");
}
