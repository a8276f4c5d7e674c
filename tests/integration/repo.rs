//! Repo exercises with the real git: `grader init` builds the repository,
//! the learner works in it with git, `grader check` inspects it in the
//! sandbox.  A hostile `.git` (fsmonitor, pager, alias, filter, hooks,
//! links out of the repository) never runs anything on the host.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Workspace, fixtures, grader_in};

/// Whether git is installed here.  CI installs it, so there its absence
/// fails the test instead of skipping it.
fn git_ready() -> bool {
    let ok = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install git before the tests (.ci/run)"
        );
        eprintln!("skipped: git is not installed");
    }
    ok
}

/// The learner's own git: their identity, none of this machine's config.
fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args([
            "-c",
            "user.name=Learner",
            "-c",
            "user.email=learner@example.com",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_EDITOR", ":")
        .output()
        .expect("run git")
}

#[track_caller]
fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `grader init` of the built-in pack into `<ws>/practice`.
fn practice(ws: &Workspace) -> PathBuf {
    grader_in(Some(ws.dir.path()), &["init", "practice"]).code(0);
    ws.dir.path().join("practice")
}

/// `grader init` of the repo test pack into `<ws>/practice`.
fn practice_notes(ws: &Workspace) -> PathBuf {
    let pack = fixtures().join("repo_pack");
    grader_in(
        Some(ws.dir.path()),
        &[
            "init",
            "--exercises",
            pack.to_str().expect("utf-8"),
            "practice",
        ],
    )
    .code(0);
    ws.dir.path().join("practice")
}

const RESOLVED: &str = "def greet(name):\n    return f\"Good morning, {name}.\"\n";

#[test]
fn a_repo_exercise_solved_with_git_passes() {
    if !git_ready() {
        return;
    }
    let ws = Workspace::new();
    let root = practice(&ws);
    let repo = root.join("version_control/merge_conflict");
    assert!(repo.join(".git").is_dir(), "init builds the repository");
    // The merge stops on the conflict, as the statement says.
    assert!(!git(&repo, &["merge", "polite"]).status.success());
    std::fs::write(repo.join("greet.py"), RESOLVED).expect("write");
    git_ok(&repo, &["add", "greet.py"]);
    git_ok(&repo, &["commit", "--no-edit"]);
    grader_in(Some(&root), &["check", "version_control/merge_conflict/"])
        .code(0)
        .all_cases_passed();
    // The same from inside the repository, and as JSON: the run went
    // through the sandbox helper.
    let out = grader_in(Some(&repo), &["check", ".", "--format", "json"]);
    out.code(0);
    let json = out.json();
    assert_eq!(json["exercises"][0]["status"], "passed");
    let layers = json["sandbox"].to_string();
    if cfg!(target_os = "linux") {
        assert!(layers.contains("pid-namespace"), "{layers}");
    }
}

#[test]
fn an_unsolved_repo_exercise_fails_with_a_readable_difference() {
    if !git_ready() {
        return;
    }
    let ws = Workspace::new();
    let root = practice(&ws);
    let out = grader_in(Some(&root), &["check", "version_control/merge_conflict/"]);
    out.code(1)
        .stdout_has("polite is not merged into main")
        .stdout_has("greet.py at main does not hold what was expected")
        .stdout_has("--- expected")
        .stdout_has("-    return f\"Good morning, {name}.\"")
        .stdout_has("+    return f\"Hello, {name}!\"")
        // A hidden check: its fixed sentence and explain, not its content.
        .stdout_has("the repository's state differs from what this check expects")
        .stdout_has("polite's other changes (its line in README.md) are kept")
        .stdout_lacks("Use it in the morning");

    // Half done: the merge is left in progress.
    let repo = root.join("version_control/merge_conflict");
    let _ = git(&repo, &["merge", "polite"]);
    grader_in(Some(&root), &["check", "version_control/merge_conflict/"])
        .code(1)
        .stdout_has("a merge is in progress")
        .stdout_has("UU greet.py");
}

#[test]
fn reset_asks_and_keeps_the_old_repository() {
    if !git_ready() {
        return;
    }
    let ws = Workspace::new();
    let root = practice(&ws);
    let repo = root.join("version_control/merge_conflict");
    std::fs::write(repo.join("mine.txt"), "my work\n").expect("write");
    // No terminal to ask on: refused, nothing touched.
    grader_in(Some(&root), &["reset", "version_control/merge_conflict"])
        .code(2)
        .stderr_has("--yes");
    assert!(repo.join("mine.txt").is_file());
    grader_in(
        Some(&root),
        &["reset", "version_control/merge_conflict", "--yes"],
    )
    .code(0)
    .stdout_has("again from the start");
    assert!(!repo.join("mine.txt").exists());
    assert!(repo.join(".git").is_dir());
    let backups: Vec<_> = std::fs::read_dir(root.join(".grader/backup"))
        .expect("backup folder")
        .flatten()
        .map(|e| e.path().join("version_control/merge_conflict/mine.txt"))
        .filter(|p| p.is_file())
        .collect();
    assert_eq!(backups.len(), 1, "the old repository is kept in the backup");
    // Only repo exercises are reset.
    grader_in(Some(&root), &["reset", "decorators/timing", "--yes"])
        .code(2)
        .stderr_has("repo exercises");
}

#[test]
fn the_recipe_gives_the_same_commits_on_every_machine() {
    if !git_ready() {
        return;
    }
    let (a, b) = (Workspace::new(), Workspace::new());
    let heads: Vec<String> = [&a, &b]
        .iter()
        .map(|ws| {
            let repo = practice(ws).join("version_control/merge_conflict");
            let out = git(&repo, &["rev-parse", "main", "polite"]);
            String::from_utf8_lossy(&out.stdout).into_owned()
        })
        .collect();
    assert_eq!(heads[0], heads[1]);
}

#[test]
fn verify_replays_the_version_control_sequences() {
    if !git_ready() {
        return;
    }
    // The five repo exercises, named: the topic also holds a quiz.
    let ids = [
        "version_control/merge_conflict",
        "version_control/cherry_pick_fix",
        "version_control/rebase_linear",
        "version_control/reword_commit",
        "version_control/bisect_bad_commit",
    ];
    let mut args = vec!["verify", "--only"];
    args.extend(ids);
    grader_in(None, &args)
        .code(0)
        .stdout_has("version_control/merge_conflict")
        .stdout_has("5 ok, 0 failing");
}

/// Each way a `.git/config` or `.git/hooks` can make git run a command,
/// set to write a marker file on the host.
fn plant_hostile_git(repo: &Path, markers: &Path) -> Vec<PathBuf> {
    let names = [
        "fsmonitor",
        "pager",
        "alias",
        "filter",
        "hook",
        "ssh",
        "editor",
        "diff",
    ];
    let paths: Vec<PathBuf> = names.iter().map(|n| markers.join(n)).collect();
    let touch = |name: &str| format!("sh -c 'id -u > {}'", markers.join(name).display());
    let mut config = std::fs::read_to_string(repo.join(".git/config")).expect("config");
    config.push_str(&format!(
        "[core]\n\tfsmonitor = \"{}\"\n\tpager = \"{}\"\n\tsshCommand = \"{}\"\n\teditor = \"{}\"\n\
         [pager]\n\tlog = \"{}\"\n\tstatus = \"{}\"\n\
         [alias]\n\tstatus = \"!{}\"\n\tlog = \"!{}\"\n\
         [filter \"evil\"]\n\tclean = \"{}\"\n\tsmudge = \"{}\"\n\tprocess = \"{}\"\n\trequired = true\n\
         [diff \"evil\"]\n\ttextconv = \"{}\"\n\tcommand = \"{}\"\n",
        touch("fsmonitor"),
        touch("pager"),
        touch("ssh"),
        touch("editor"),
        touch("pager"),
        touch("pager"),
        touch("alias"),
        touch("alias"),
        touch("filter"),
        touch("filter"),
        touch("filter"),
        touch("diff"),
        touch("diff"),
    ));
    std::fs::write(repo.join(".git/config"), config).expect("config");
    std::fs::write(repo.join(".gitattributes"), "* filter=evil diff=evil\n").expect("attributes");
    let hooks = repo.join(".git/hooks");
    std::fs::create_dir_all(&hooks).expect("hooks");
    for hook in [
        "pre-commit",
        "post-checkout",
        "post-index-change",
        "reference-transaction",
        "fsmonitor-watchman",
        "pre-auto-gc",
    ] {
        let path = hooks.join(hook);
        std::fs::write(
            &path,
            format!("#!/bin/sh\nid -u > {}\n", markers.join("hook").display()),
        )
        .expect("hook");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
    }
    paths
}

#[test]
fn a_hostile_git_config_never_runs_on_the_host() {
    if !git_ready() {
        return;
    }
    let ws = Workspace::new();
    let root = practice(&ws);
    let repo = root.join("version_control/merge_conflict");
    // Solved first, with the learner's own git, before anything is planted.
    let _ = git(&repo, &["merge", "polite"]);
    std::fs::write(repo.join("greet.py"), RESOLVED).expect("write");
    git_ok(&repo, &["add", "greet.py"]);
    git_ok(&repo, &["commit", "--no-edit"]);
    let markers = ws.dir.path().join("markers");
    std::fs::create_dir_all(&markers).expect("markers");
    let planted = plant_hostile_git(&repo, &markers);
    // Also an include of a host file, and a worktree pointing out.
    let mut config = std::fs::read_to_string(repo.join(".git/config")).expect("config");
    config.push_str("[include]\n\tpath = /etc/gitconfig-of-the-host\n[core]\n\tworktree = /\n");
    std::fs::write(repo.join(".git/config"), config).expect("config");

    let out = grader_in(
        Some(&root),
        &[
            "check",
            "version_control/merge_conflict/",
            "--format",
            "json",
        ],
    );
    // The .gitattributes the attack added is an untracked file: the only
    // check it may fail is the clean working tree.
    let json = out.json();
    for case in json["exercises"][0]["cases"].as_array().expect("cases") {
        if case["name"] != "the merge is finished and the working tree is clean" {
            assert_eq!(case["status"], "passed", "{case}");
        }
    }
    for p in &planted {
        assert!(!p.exists(), "{} was written on the host", p.display());
    }
    assert_eq!(
        std::fs::read_dir(&markers).expect("markers").count(),
        0,
        "nothing may appear in the markers folder"
    );
}

#[test]
fn links_out_of_a_repository_are_never_followed() {
    if !git_ready() {
        return;
    }
    let ws = Workspace::new();
    let root = practice_notes(&ws);
    let repo = root.join("git/notes");
    // A file of the host the learner points at, instead of writing notes.
    let secret = ws.write("secret.txt", "host secret 7f3a\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, repo.join("notes.txt")).expect("symlink");
    let out = grader_in(Some(&root), &["check", "git/notes/"]);
    out.code(1)
        .stdout_has("notes.txt does not exist in the working tree")
        .stdout_lacks("host secret 7f3a");

    // .git itself as a link to another repository: refused, not followed.
    let other = ws.dir.path().join("other");
    std::fs::create_dir_all(&other).expect("mkdir");
    std::fs::rename(repo.join(".git"), other.join(".git")).expect("move .git");
    #[cfg(unix)]
    std::os::unix::fs::symlink(other.join(".git"), repo.join(".git")).expect("symlink");
    grader_in(Some(&root), &["check", "git/notes/"])
        .code(1)
        .stdout_has("is not a git repository");
}

#[test]
fn a_repo_exercise_solved_in_the_workspace_passes_the_test_pack() {
    if !git_ready() {
        return;
    }
    let ws = Workspace::new();
    let root = practice_notes(&ws);
    let repo = root.join("git/notes");
    std::fs::write(repo.join("notes.txt"), "milk\n").expect("write");
    grader_in(Some(&root), &["check", "git/notes/"])
        .code(1)
        .stdout_has("notes.txt does not exist at main");
    git_ok(&repo, &["add", "notes.txt"]);
    git_ok(&repo, &["commit", "-m", "Add notes"]);
    grader_in(Some(&root), &["check", "git/notes/"])
        .code(0)
        .stdout_has("3/3 cases passed");
}
