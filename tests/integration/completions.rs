//! Shell completion scripts, run in the real shells: `show deco<TAB>`
//! offers the pack's exercise ids, `grade --format <TAB>` the format names.
//! bash always; fish when installed (CI installs it: Debian's `fish`);
//! zsh's script is checked by its text (zsh completion needs a terminal).

use std::process::Command;

use crate::util::{Workspace, grader};

fn script(shell: &str) -> String {
    let out = grader(&["completions", shell]);
    out.code(0);
    out.stdout
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// What bash's completion function offers for `words` (the cursor on the last).
fn bash_complete(file: &std::path::Path, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let code = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; _grader grader '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file.display(),
        quoted.join(" "),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(code)
        .output()
        .expect("bash");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_exercise_ids_and_format_names() {
    let ws = Workspace::new();
    let file = ws.write("grader.bash", &script("bash"));
    let ids = bash_complete(&file, &["grader", "show", "deco"]);
    assert!(ids.contains(&"decorators/timing".to_string()), "{ids:?}");
    assert!(ids.iter().all(|i| i.starts_with("deco")), "{ids:?}");
    let formats = bash_complete(&file, &["grader", "grade", "--format", ""]);
    for f in [
        "human",
        "json",
        "csv",
        "junit",
        "gradescope",
        "markdown",
        "html",
    ] {
        assert!(formats.contains(&f.to_string()), "{f} not in {formats:?}");
    }
    // Parsing is unchanged: FORMAT=FILE still works (here: a usage error
    // about the missing SUBMISSIONS, not about the format).
    let out = grader(&["grade", "--format", "csv=grades.csv"]);
    out.code(2);
    assert!(!out.stderr.contains("unknown format"), "{}", out.stderr);
    assert!(!out.stderr.contains("invalid value"), "{}", out.stderr);
}

#[test]
fn a_pack_given_with_exercises_is_completed() {
    let pack = crate::util::test_pack();
    let out = grader(&[
        "completions",
        "bash",
        "--exercises",
        pack.to_str().expect("utf-8"),
    ]);
    out.code(0);
    let ws = Workspace::new();
    let file = ws.write("grader.bash", &out.stdout);
    let ids = bash_complete(&file, &["grader", "show", "probe/sq"]);
    assert_eq!(ids, ["probe/square"]);
}

#[test]
fn fish_completes_exercise_ids_and_format_names() {
    let have_fish = Command::new("fish").arg("--version").output().is_ok();
    assert!(
        have_fish || !ci(),
        "CI needs fish (Debian's fish; see .ci/run)"
    );
    if !have_fish {
        eprintln!("skipped: fish is not installed");
        return;
    }
    let ws = Workspace::new();
    let file = ws.write("grader.fish", &script("fish"));
    let run = |line: &str| {
        let out = Command::new("fish")
            .arg("--no-config")
            .arg("-c")
            .arg(format!("source '{}'; complete -C '{line}'", file.display()))
            .output()
            .expect("fish");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let ids = run("grader show deco");
    assert!(ids.lines().any(|l| l == "decorators/timing"), "{ids}");
    let formats = run("grader grade --format ");
    assert!(formats.lines().any(|l| l.starts_with("junit")), "{formats}");
}

#[test]
fn zsh_script_lists_ids_and_formats() {
    let zsh = script("zsh");
    let show = zsh
        .lines()
        .find(|l| l.starts_with("':id -- Exercise id"))
        .unwrap_or_else(|| panic!("no show id spec in\n{zsh}"));
    assert!(show.contains("decorators/timing"), "{show}");
    assert!(
        zsh.lines().any(|l| l.contains("--format=")
            && l.contains("(human json csv junit gradescope markdown html)")),
        "no format list"
    );
}
