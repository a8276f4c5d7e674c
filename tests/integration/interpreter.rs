//! Finding Python through a version manager's shim: the probe is cached per
//! shim, and never stale when what selects the version changes.

use std::os::unix::fs::PermissionsExt as _;
use std::path::PathBuf;
use std::process::Command;

/// Two different real interpreters, when this machine has them (CI does:
/// pyenv's 3.9 and 3.13).
fn two_pythons() -> Option<(PathBuf, PathBuf)> {
    let versions = std::env::var_os("HOME")
        .map(PathBuf::from)?
        .join(".pyenv/versions");
    let find = |prefix: &str| {
        std::fs::read_dir(&versions)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
            })
            .map(|p| p.join("bin/python3"))
            .filter(|p| p.exists())
    };
    Some((find("3.9.")?, find("3.13.")?))
}

fn doctor(dir: &std::path::Path, shim: &std::path::Path, cache: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_grader"))
        .args(["doctor", "--color", "never", "--python"])
        .arg(shim)
        .current_dir(dir)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .expect("grader runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_shim_is_probed_once_and_a_changed_version_file_is_seen_at_once() {
    let Some((old, new)) = two_pythons() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI has pyenv's 3.9 and 3.13"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = dir.path().join("cache");
    // A pyenv-style shim: which Python it runs is read from .python-version
    // in the folder it is started in, and every start is counted.
    let shim = dir.path().join("python3");
    let count = dir.path().join("starts");
    std::fs::write(
        &shim,
        format!(
            "#!/bin/sh\n# a pyenv-like shim\necho x >> {}\nexec \"$(cat .python-version)\" \"$@\"\n",
            count.display()
        ),
    )
    .expect("shim");
    std::fs::set_permissions(&shim, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let project = dir.path().join("project");
    std::fs::create_dir(&project).expect("mkdir");
    std::fs::write(project.join(".python-version"), old.display().to_string()).expect("version");

    let starts = || {
        std::fs::read_to_string(&count)
            .map(|s| s.lines().count())
            .unwrap_or(0)
    };
    assert!(doctor(&project, &shim, &cache).contains("Python 3.9."));
    assert_eq!(starts(), 1);
    assert!(doctor(&project, &shim, &cache).contains("Python 3.9."));
    assert_eq!(starts(), 1, "the second run reuses the probe");

    std::fs::write(project.join(".python-version"), new.display().to_string()).expect("version");
    assert!(
        doctor(&project, &shim, &cache).contains("Python 3.13."),
        "the changed .python-version is seen at once"
    );
    assert_eq!(starts(), 2);
}
