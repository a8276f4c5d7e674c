use super::*;
use crate::gradebook::{Assigned, RunInfo};
use crate::roster::Note;

const HOSTILE: &str = "<script>alert(1)</script>\"'&";

fn case(name: &str, hidden: bool, status: Verdict, diff: Option<&str>) -> CaseEntry {
    CaseEntry {
        name: name.into(),
        hidden,
        points: 1.0,
        status,
        duration_ms: 3,
        message: (status != Verdict::Passed).then(|| format!("{name} went wrong")),
        diff: diff.map(String::from),
        traceback: Vec::new(),
    }
}

fn exercise(id: &str, status: ExerciseStatus, cases: Vec<CaseEntry>) -> ExerciseEntry {
    let passed = cases.iter().filter(|c| c.status == Verdict::Passed).count();
    let score = if cases.is_empty() {
        0.0
    } else {
        passed as f64 / cases.len() as f64
    };
    ExerciseEntry {
        id: id.into(),
        title: format!("{id} title"),
        file: (status != ExerciseStatus::Missing).then(|| format!("subs/{id}.py")),
        status,
        score,
        weight: 1.0,
        points: score,
        sha256: None,
        error: None,
        cases,
    }
}

fn report(students: Vec<StudentEntry>) -> ClassReport {
    let info = RunInfo {
        python: Some("3.11.2".into()),
        sandbox: Vec::new(),
        shard: None,
        fingerprint: "f".into(),
        assignment: vec![
            Assigned {
                id: "t/a".into(),
                title: "A".into(),
                weight: 1.0,
            },
            Assigned {
                id: "t/b".into(),
                title: "B".into(),
                weight: 1.0,
            },
        ],
        policy: None,
    };
    ClassReport::new(info, Vec::new(), students, true)
}

fn student(name: &str, exercises: Vec<ExerciseEntry>, notes: Vec<Note>) -> StudentEntry {
    StudentEntry::new(name.into(), format!("subs/{name}"), None, notes, exercises)
}

/// A class: `ann` passes everything; the hostile student fails a visible
/// case (with a hostile diff) and a hidden one, and has a hostile junk file.
fn class() -> ClassReport {
    let ann = student(
        "ann",
        vec![
            exercise(
                "t/a",
                ExerciseStatus::Passed,
                vec![
                    case("one", false, Verdict::Passed, None),
                    case("secret", true, Verdict::Passed, None),
                ],
            ),
            exercise(
                "t/b",
                ExerciseStatus::Passed,
                vec![case("b1", false, Verdict::Passed, None)],
            ),
        ],
        Vec::new(),
    );
    let diff = format!("--- expected\n+++ actual\n@@ -1 +1 @@\n-9\n+{HOSTILE}\n");
    let mut hidden = case("secret", true, Verdict::Failed, None);
    // A report from elsewhere (a hand-edited JSON) could carry one.
    hidden.diff = Some("-HIDDEN-EXPECTED\n+HIDDEN-ACTUAL\n".into());
    let eve = student(
        HOSTILE,
        vec![
            exercise(
                "t/a",
                ExerciseStatus::Failed,
                vec![case("one", false, Verdict::Failed, Some(&diff)), hidden],
            ),
            exercise("t/b", ExerciseStatus::Missing, Vec::new()),
        ],
        vec![Note {
            path: format!("subs/{HOSTILE}/<b>junk</b>"),
            message: "ignored: not a submission".into(),
        }],
    );
    report(vec![ann, eve])
}

#[test]
fn hostile_names_are_escaped_everywhere() {
    let html = render(&class());
    assert!(!html.contains("<script>alert"), "raw script in:\n{html}");
    assert!(!html.contains("<b>junk"), "raw markup in:\n{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"));
    // The only script element is the report's own.
    assert_eq!(html.matches("<script").count(), 1);
    assert_eq!(
        esc(HOSTILE),
        "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"
    );
}

#[test]
fn student_anchors_are_distinct_and_inert() {
    assert_eq!(anchor("alice"), "student-alice");
    assert_eq!(anchor("a b"), "student-a_20b");
    assert_ne!(anchor("a_20b"), anchor("a b"));
    assert_eq!(anchor("zoë"), "student-zo_c3_ab");
    let hostile = anchor(HOSTILE);
    assert!(
        hostile
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "{hostile}"
    );
    let html = render(&class());
    assert!(html.contains(&format!("<section class=\"student\" id=\"{hostile}\">")));
    assert!(html.contains(&format!("<a href=\"#{hostile}\">")));
}

#[test]
fn hidden_cases_show_no_diff_and_visible_ones_do() {
    let html = render(&class());
    assert!(!html.contains("HIDDEN-EXPECTED"));
    assert!(!html.contains("HIDDEN-ACTUAL"));
    assert!(html.contains("<span class=\"del\">-9</span>"));
    assert!(html.contains("<span class=\"add\">+&lt;script&gt;"));
    assert!(html.contains("secret <span class=\"tag\">hidden</span>"));
}

#[test]
fn output_is_deterministic_and_self_contained() {
    let html = render(&class());
    assert_eq!(html, render(&class()));
    // Durations vary from run to run; the report leaves them out.
    let mut slower = class();
    for s in &mut slower.students {
        for e in &mut s.exercises {
            for c in &mut e.cases {
                c.duration_ms += 1000;
            }
        }
    }
    assert_eq!(html, render(&slower));
    for external in ["http://", "https://", "src=", "@import", "url("] {
        assert!(!html.contains(external), "{external} in the report");
    }
    let hash = base64(&Sha256::digest(SCRIPT.as_bytes()));
    assert!(html.contains(&format!("script-src 'sha256-{hash}'")));
    assert!(html.contains(&format!("<script>{SCRIPT}</script>")));
}

#[test]
fn base64_matches_the_standard_alphabet_and_padding() {
    // RFC 4648 test vectors.
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(plain.as_bytes()), encoded);
    }
}

#[test]
fn rates_are_sorted_worst_first() {
    let r = class();
    let ex = rates::exercises(&r);
    // Both 1 of 2 passed with a mean of 0.5 (eve fails both cases of t/a
    // and misses t/b): the tie goes by id.
    let ids: Vec<&str> = ex.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["t/a", "t/b"]);
    assert_eq!((ex[1].passed, ex[1].missing, ex[1].students), (1, 1, 2));
    assert_eq!(ex[0].mean_score, 0.5);
    let cases = rates::cases(&r);
    let names: Vec<(&str, usize, usize)> = cases
        .iter()
        .map(|c| (c.name.as_str(), c.passed, c.ran))
        .collect();
    // b1 ran for ann only (eve's t/b is missing).
    assert_eq!(names, [("one", 1, 2), ("secret", 1, 2), ("b1", 1, 1)]);
    assert_eq!(cases[0].worst, Some((Verdict::Failed, 1)));
    assert_eq!(cases[2].worst, None);
}

#[test]
fn histogram_bands_hold_their_edges() {
    let bins = rates::histogram([0.0, 9.99, 10.0, 59.99, 100.0, 95.0].into_iter());
    assert_eq!(bins, [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
}
