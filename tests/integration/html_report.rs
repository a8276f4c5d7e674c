//! `grade --format html` loaded in headless Chromium (Debian's `chromium`,
//! which `.ci/run` installs): the gradebook rows exist after the report's
//! script ran, a student page renders, and screenshots of both are kept in
//! `target/test-artifacts/` for a person to look at.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::classroom::{class_pack, fixture, grade, read};
use crate::util::Workspace;

/// Generous: Chromium starts in a second or two; a hang would exceed this.
const CHROMIUM_BOUND: Duration = Duration::from_secs(180);
/// A 1280×900 screenshot of a blank page is about 5 KB and of a heading and
/// one line about 8 KB; the report's pages are several times that.
const NON_TRIVIAL_PNG: u64 = 30_000;
/// A student folder name built to break out of HTML if it were not escaped.
const HOSTILE: &str = "<img src=x onerror=alert(1)> \"'&";

/// The Chromium binary, or `None` (with a note) on a machine without it.
/// Under CI (`CI=true`) a missing Chromium fails the test instead.
fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        let note = "chromium is not installed: the HTML report was not checked in a browser \
                    (Debian: apt-get install chromium; .ci/run installs it)";
        let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
        assert!(!ci, "{note}");
        eprintln!("skipped: {note}");
    }
    found
}

/// Where test artifacts are kept: `target/test-artifacts/`, found from the
/// grader binary's own path (`target/<profile>/grader`).
fn artifacts_dir() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_grader"));
    let target = bin
        .parent()
        .and_then(Path::parent)
        .expect("the binary lives in target/<profile>/");
    let dir = target.join("test-artifacts");
    std::fs::create_dir_all(&dir).expect("create target/test-artifacts");
    dir
}

/// Runs headless Chromium on `url` with `mode` (`--dump-dom`, or a
/// screenshot) in a fresh profile; returns standard output.
fn run_chromium(chromium: &Path, mode: &[String], url: &str) -> String {
    use std::os::unix::process::CommandExt as _;

    let profile = tempfile::tempdir().expect("profile dir");
    let out_dir = tempfile::tempdir().expect("output dir");
    let out_path = out_dir.path().join("stdout");
    let stdout = File::create(&out_path).expect("stdout file");
    let stderr = File::create(out_dir.path().join("stderr")).expect("stderr file");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(mode)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        // Its own process group, so a hang can be ended with its helpers.
        .process_group(0)
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if start.elapsed() > CHROMIUM_BOUND {
            let pgid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
            let _ = nix::sys::signal::killpg(pgid, nix::sys::signal::Signal::SIGKILL);
            let _ = child.wait();
            panic!("chromium did not finish within {CHROMIUM_BOUND:?} on {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let stderr = std::fs::read_to_string(out_dir.path().join("stderr")).unwrap_or_default();
    assert!(
        status.success(),
        "chromium failed ({status}) on {url}:\n{stderr}"
    );
    std::fs::read_to_string(&out_path).expect("chromium's output")
}

/// Checks a screenshot is a PNG of some substance, and where it is.
fn assert_screenshot(path: &Path) {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("no screenshot at {}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "{} is not a PNG",
        path.display()
    );
    assert!(
        bytes.len() as u64 > NON_TRIVIAL_PNG,
        "{} is only {} bytes: a blank page?",
        path.display(),
        bytes.len()
    );
    eprintln!("screenshot kept: {}", path.display());
}

#[test]
fn html_report_renders_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        return;
    };
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("subs/alice/probe/square.py", &fixture("pass.py"));
    ws.write("subs/bob/probe/square.py", &fixture("wrong_output.py"));
    ws.write("subs/bob/notes.txt", "not a submission");
    ws.write(
        &format!("subs/{HOSTILE}/probe/square.py"),
        &fixture("wrong_output.py"),
    );
    std::fs::create_dir_all(ws.dir.path().join("subs/erin")).expect("mkdir");
    let args = ["subs", "--only", "probe/square", "--format"];
    grade(&ws, &pack, &[&args[..], &["html=report.html"]].concat()).code(1);
    // The same class graded again renders the same bytes.
    grade(&ws, &pack, &[&args[..], &["html=again.html"]].concat()).code(1);
    let html = read(&ws, "report.html");
    assert_eq!(
        html,
        read(&ws, "again.html"),
        "the report is not deterministic"
    );

    let file = ws.dir.path().join("report.html");
    let url = format!("file://{}", file.display());
    let dom = run_chromium(&chromium, &["--dump-dom".into()], &url);

    // The script ran (the page's CSP allowed it) and marked the table.
    assert!(
        dom.contains("data-sortable=\"ready\""),
        "script did not run:\n{dom}"
    );
    assert!(dom.contains("aria-sort=\"ascending\""));
    // One row per student, sorted by name (`<` sorts before letters).
    let rows: Vec<&str> = dom
        .split("<tr data-student=\"")
        .skip(1)
        .map(|r| r.split('"').next().unwrap_or(""))
        .collect();
    assert_eq!(
        rows,
        [
            "&lt;img src=x onerror=alert(1)&gt; &quot;'&amp;",
            "alice",
            "bob",
            "erin"
        ]
    );
    // The hostile name is text, never an element.
    assert!(!dom.contains("<img"), "an <img> element got in:\n{dom}");
    // Bob's page: his visible case's diff (expected 9, he printed 6), the
    // hidden case by name only, and his junk file.
    let bob = dom
        .split("<section class=\"student\" id=\"student-bob\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("bob's section");
    assert!(bob.contains("<span class=\"del\">-9</span>"), "{bob}");
    assert!(bob.contains("<span class=\"add\">+6</span>"), "{bob}");
    assert_eq!(bob.matches("class=\"diff\"").count(), 1, "{bob}");
    assert!(bob.contains("negative <span class=\"tag\">hidden</span>"));
    assert!(bob.contains("subs/bob/notes.txt"));
    // erin's page says her folder was empty.
    assert!(dom.contains("id=\"student-erin\""));
    assert!(dom.contains("subs/erin"));

    let artifacts = artifacts_dir();
    let shots = [
        ("html-report.png", url.clone()),
        ("html-report-student.png", format!("{url}#student-bob")),
    ];
    for (name, page) in shots {
        let png = artifacts.join(name);
        let _ = std::fs::remove_file(&png);
        let mode = [
            format!("--screenshot={}", png.display()),
            "--window-size=1280,900".into(),
        ];
        run_chromium(&chromium, &mode, &page);
        assert_screenshot(&png);
    }
}
