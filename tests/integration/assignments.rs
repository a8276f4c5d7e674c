//! `--assignment FILE`: weights, due dates, grace and late penalties,
//! submission times from a manifest, git or Gradescope, and the manifest's
//! other columns, through the real binary in every format.

use serde_json::Value;

use crate::classroom::{class_pack, fixture, grade, read};
use crate::util::{Workspace, grader_with_env};

const TOUCH: &str = "def touch(name):\n    open(name, \"w\").close()\n";
/// Passes the visible case (1 of square's 4 points) only.
const HALF_RIGHT: &str = "def square(x):\n    return abs(x) * x\n";

/// Due 22:59 UTC on 10 March, 30 minutes' grace, 10% a started day, at
/// most 25%; square is worth 4 here (2 in the pack).
const ASSIGNMENT: &str = "title: Week 1
due: 2026-03-10T23:59:00+01:00
grace: 30m
late:
  per_day: 10%
  cap: 25%
exercises:
  - id: probe/square
    weight: 4
  - probe/files
";

fn class(ws: &Workspace) {
    for name in ["ann", "bob", "cy"] {
        ws.write(&format!("subs/{name}/probe/square.py"), &fixture("pass.py"));
    }
    ws.write("subs/ann/probe/files.py", TOUCH);
    ws.write("subs/bob/probe/files.py", TOUCH);
    ws.write("subs/dan/probe/square.py", HALF_RIGHT);
    ws.write("subs/dan/probe/files.py", TOUCH);
    ws.write("a.yaml", ASSIGNMENT);
    // ann: 16 minutes after the due time, within the grace period.
    // bob: 35 hours late, 2 started days. cy: no time. dan: 10 days late.
    ws.write(
        "roster.csv",
        "student,path,submitted_at,student_id,email,section\n\
         ann,subs/ann,2026-03-10T23:15:00Z,s001,ann@example.edu,A\n\
         bob,subs/bob,2026-03-12T10:00:00+00:00,s002,bob@example.edu,B\n\
         cy,subs/cy,,s003,=cmd@example.edu,A\n\
         dan,subs/dan,2026-03-20T01:00:00+01:00,-5,dan@example.edu,A\n",
    );
}

fn student<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["students"]
        .as_array()
        .expect("students")
        .iter()
        .find(|s| s["student"] == name)
        .unwrap_or_else(|| panic!("no {name} in {report:#}"))
}

#[test]
fn an_assignment_grades_a_manifest_class_with_penalties_in_every_format() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    class(&ws);
    let out = grade(
        &ws,
        &pack,
        &[
            "roster.csv",
            "--assignment",
            "a.yaml",
            "--format",
            "json=r.json",
            "--format",
            "csv=g.csv",
            "--format",
            "markdown=s.md",
            "--format",
            "html=r.html",
            "--format",
            "junit=j.xml",
        ],
    );
    out.code(1);

    // By hand: square 4 + files 1 = 5 points. ann 5, on time (grace);
    // bob 5 − 20% = 4; cy 4 (files missing), time unknown: no penalty;
    // dan 1 (a quarter of square) + 1 = 2, 10 days late, capped at 25%: 1.5.
    let r: Value = serde_json::from_str(&read(&ws, "r.json")).expect("json");
    assert_eq!(r["policy"]["title"], "Week 1");
    assert_eq!(r["policy"]["due"], "2026-03-10T23:59:00+01:00");
    let expect = [
        ("ann", "on_time", 5.0, 5.0, 0),
        ("bob", "late", 5.0, 4.0, 2),
        ("cy", "unknown", 4.0, 4.0, 0),
        ("dan", "late", 2.0, 1.5, 10),
    ];
    for (name, status, before, after, days) in expect {
        let s = student(&r, name);
        assert_eq!(s["late"]["status"], status, "{name}: {s:#}");
        assert_eq!(s["late"]["score_before"], before, "{name}");
        assert_eq!(s["score"], after, "{name}");
        assert_eq!(s["late"]["days_late"], days, "{name}");
        assert_eq!(s["max_score"], 5.0);
    }
    assert_eq!(student(&r, "bob")["fields"]["email"], "bob@example.edu");
    assert_eq!(student(&r, "bob")["submitted_at"], "2026-03-12T10:00:00Z");
    assert!(
        student(&r, "cy")["late"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("no late penalty")),
        "{r:#}"
    );

    let csv = read(&ws, "g.csv");
    let expected = "student,email,section,student_id,probe/files,probe/square,submitted_at,late,before_penalty,penalty,total,max,percent,missing,notes\r\n\
        ann,ann@example.edu,A,s001,1,4,2026-03-10T23:15:00Z,on time,5,0,5,5,100,0,\r\n\
        bob,bob@example.edu,B,s002,1,4,2026-03-12T10:00:00Z,late 2d −20%,5,1,4,5,80,0,\r\n\
        cy,'=cmd@example.edu,A,s003,0,4,,time unknown,4,0,4,5,80,1,\r\n\
        dan,dan@example.edu,A,-5,1,1,2026-03-20T01:00:00+01:00,late 10d −25%,2,0.5,1.5,5,30,0,\r\n";
    assert_eq!(csv, expected);

    let md = read(&ws, "s.md");
    for text in ["Week 1", "late 2d −20%", "time unknown", "s002"] {
        assert!(md.contains(text), "{text} not in\n{md}");
    }
    let html = read(&ws, "r.html");
    for text in ["late 10d −25%", "bob@example.edu", "late by 2 days"] {
        assert!(html.contains(text), "{text} not in the HTML");
    }
    let xml = read(&ws, "j.xml");
    assert!(
        xml.contains("name=\"student.email\" value=\"bob@example.edu\""),
        "{xml}"
    );
    assert!(
        xml.contains("name=\"score_before_penalty\" value=\"5\""),
        "{xml}"
    );
    out.stdout_has("deadline: late by 2 days")
        .stdout_has("Week 1 · due 2026-03-10T23:59:00+01:00");
}

#[test]
fn merge_applies_an_assignment_to_shard_reports() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    class(&ws);
    // Graded without the file (the pack's weights: square 2, files 1).
    for k in 1..=2 {
        grade(
            &ws,
            &pack,
            &[
                "roster.csv",
                "--only",
                "probe/square",
                "probe/files",
                "--shard",
                &format!("{k}/2"),
                "--format",
                &format!("json=s{k}.json"),
            ],
        );
    }
    // The file's weights differ from the reports': refused.
    let merge = |args: &[&str]| {
        let mut all = vec!["merge", "s1.json", "s2.json"];
        all.extend_from_slice(args);
        grader_with_env(Some(ws.dir.path()), &all, &[])
    };
    merge(&["--assignment", "a.yaml", "--format", "json=m.json"])
        .code(2)
        .stderr_has("weight 4");
    ws.write(
        "same.yaml",
        "due: 2026-03-10T23:59:00+01:00\nlate: {per_day: 0.1, cap: 0.25}\nexercises: [probe]\n",
    );
    merge(&["--assignment", "same.yaml", "--format", "json=m.json"]).code(1);
    let m: Value = serde_json::from_str(&read(&ws, "m.json")).expect("json");
    // bob: 3 points, 2 days late (no grace here): 20% → 2.4.
    let bob = student(&m, "bob");
    assert_eq!(bob["late"]["score_before"], 3.0);
    assert_eq!(bob["score"], 2.4);
    assert_eq!(bob["percent"], 80.0);
    // ann, 16 minutes late without grace: one started day, 10%.
    assert_eq!(student(&m, "ann")["score"], 2.7);
}

#[test]
fn a_student_repository_is_dated_by_its_last_commit_and_reports_classroom_points() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("a.yaml", ASSIGNMENT);
    ws.write("repo/probe/square.py", &fixture("pass.py"));
    ws.write("repo/probe/files.py", TOUCH);
    let repo = ws.dir.path().join("repo");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(&repo)
            .env("GIT_AUTHOR_DATE", "2026-03-12T10:00:00+00:00")
            .env("GIT_COMMITTER_DATE", "2026-03-12T10:00:00+00:00")
            .env("GIT_AUTHOR_NAME", "s")
            .env("GIT_AUTHOR_EMAIL", "s@example.edu")
            .env("GIT_COMMITTER_NAME", "s")
            .env("GIT_COMMITTER_EMAIL", "s@example.edu")
            .output()
            .expect("git");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "work"]);
    let a = ws.dir.path().join("a.yaml");
    let out = grader_with_env(
        Some(&repo),
        &[
            "grade",
            "--exercises",
            &pack,
            "--single",
            ".",
            "--assignment",
            a.to_str().expect("utf-8"),
            "--format",
            "json=../r.json",
        ],
        &[("GITHUB_ACTIONS", "true")],
    );
    out.code(0);
    let r: Value = serde_json::from_str(&read(&ws, "r.json")).expect("json");
    let s = &r["students"][0];
    assert_eq!(s["submitted_at"], "2026-03-12T10:00:00Z");
    assert_eq!(s["late"]["days_late"], 2);
    assert_eq!(s["score"], 4.0);
    // GitHub Classroom's reporter reads these two notices.
    out.stderr_has("::notice title=Autograding complete::Points 4/5")
        .stderr_has("::notice title=Autograding report::{\"totalPoints\":4,\"maxPoints\":5}");

    // Outside GitHub Actions, no notice.
    let quiet = grader_with_env(
        Some(&repo),
        &[
            "grade",
            "--exercises",
            &pack,
            "--single",
            ".",
            "--only",
            "probe",
        ],
        &[],
    );
    assert!(!quiet.stderr.contains("::notice"), "{}", quiet.stderr);
}

#[test]
fn gradescope_dates_a_submission_by_its_metadata() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("a.yaml", ASSIGNMENT);
    ws.write("ag/submission/probe/square.py", &fixture("pass.py"));
    ws.write("ag/submission/probe/files.py", TOUCH);
    ws.write(
        "ag/submission_metadata.json",
        "{\"id\": 1, \"created_at\": \"2026-03-11T12:00:00.123456-08:00\"}",
    );
    let root = ws.dir.path().join("ag");
    grade(
        &ws,
        &pack,
        &[
            "--gradescope",
            root.to_str().expect("utf-8"),
            "--assignment",
            "a.yaml",
        ],
    )
    .code(0);
    let r: Value = serde_json::from_str(&read(&ws, "ag/results/results.json")).expect("json");
    // 2026-03-11T20:00Z is 21 hours late: one day, 10% of 5.
    assert_eq!(r["score"], 4.5);
    let output = r["output"].as_str().expect("output");
    assert!(output.contains("Deadline: late by 1 day"), "{output}");
}

#[test]
fn a_broken_assignment_file_names_the_file_and_field() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    ws.write("subs/ann/probe/square.py", &fixture("pass.py"));
    ws.write(
        "bad.yaml",
        "due: 2026-03-10 23:59\nexercises: [probe/square]\n",
    );
    grade(&ws, &pack, &["subs", "--assignment", "bad.yaml"])
        .code(2)
        .stderr_has("bad.yaml: due:")
        .stderr_has("time zone is missing");
    ws.write("unknown.yaml", "exercises: [probe/sqare]\n");
    grade(&ws, &pack, &["subs", "--assignment", "unknown.yaml"])
        .code(2)
        .stderr_has("probe/sqare");
}
