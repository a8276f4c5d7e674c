//! Each class and check format fed to (a stand-in for) the program that
//! really consumes it: Jenkins' JUnit schema through `xmllint` and the
//! `junitparser` library, Gradescope's and Exercism's specifications and our
//! published schemas through a JSON Schema validator, and GitHub's
//! workflow-command syntax through a strict parser written from its docs.
//!
//! The validators come from the package registries (`.ci/run` installs
//! them): `xmllint` from Debian's libxml2-utils, and a Python with
//! `jsonschema` and `junitparser` from PyPI named by
//! GRADER_TEST_CONSUMERS_PYTHON.  Without them a test is skipped, except
//! under CI (`CI=true`), where it fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::classroom::{class_pack, fixture, grade, read};
use crate::util::{Workspace, grader_with_env};

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Python with jsonschema and junitparser, or `None` (skip) outside CI.
fn consumer_python() -> Option<String> {
    let py = std::env::var("GRADER_TEST_CONSUMERS_PYTHON").ok();
    assert!(
        py.is_some() || !ci(),
        "CI must set GRADER_TEST_CONSUMERS_PYTHON to a Python with jsonschema and junitparser (see .ci/run)"
    );
    if py.is_none() {
        eprintln!("skipped: GRADER_TEST_CONSUMERS_PYTHON is not set");
    }
    py
}

fn xmllint() -> Option<PathBuf> {
    let found = which_xmllint();
    assert!(
        found.is_some() || !ci(),
        "CI needs xmllint (Debian's libxml2-utils; see .ci/run)"
    );
    if found.is_none() {
        eprintln!("skipped: xmllint is not installed");
    }
    found
}

fn which_xmllint() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("xmllint"))
            .find(|p| p.is_file())
    })
}

/// Runs `code` in the consumer Python with `args`; returns its stdout, or
/// panics with its stderr.
fn py(python: &str, code: &str, args: &[&str]) -> String {
    let out = Command::new(python)
        .arg("-c")
        .arg(code)
        .args(args)
        .output()
        .expect("run the consumer python");
    assert!(
        out.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Validates the JSON file `doc` against `schema` with python-jsonschema
/// (the draft the schema names); `Err` carries the validator's complaints.
fn json_schema_errors(python: &str, schema: &Path, doc: &Path) -> Vec<String> {
    const CODE: &str = r#"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
for e in cls(schema).iter_errors(doc):
    print("/".join(map(str, e.absolute_path)) + ": " + e.message)
"#;
    py(
        python,
        CODE,
        &[
            schema.to_str().expect("utf-8"),
            doc.to_str().expect("utf-8"),
        ],
    )
    .lines()
    .map(str::to_string)
    .collect()
}

fn assert_valid(python: &str, schema: &Path, doc: &Path) {
    let errors = json_schema_errors(python, schema, doc);
    assert!(
        errors.is_empty(),
        "{} does not match {}:\n{}\n{}",
        doc.display(),
        schema.display(),
        errors.join("\n"),
        std::fs::read_to_string(doc).unwrap_or_default()
    );
}

/// A class whose JUnit file has failures, errors, a missing exercise,
/// notes (skipped cases) and manifest columns.
fn junit_class(ws: &Workspace, pack: &str) {
    ws.write("subs/ann/probe/square.py", &fixture("pass.py"));
    ws.write("subs/bob/probe/square.py", &fixture("wrong_output.py"));
    ws.write("subs/cy/probe/square.py", &fixture("syntax_error.py"));
    ws.write("subs/cy/junk.txt", "x");
    ws.write("subs/dee/probe/square.py", &fixture("raises.py"));
    grade(
        ws,
        pack,
        &[
            "subs",
            "--only",
            "probe/square",
            "probe/files",
            "--format",
            "junit=junit.xml",
        ],
    )
    .code(1);
}

#[test]
fn junit_validates_against_jenkins_schema_and_reads_with_junitparser() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    junit_class(&ws, &pack);
    let xml = ws.dir.path().join("junit.xml");
    let xsd = repo().join("tests/consumers/junit-10.xsd");

    if let Some(lint) = xmllint() {
        let out = Command::new(&lint)
            .args(["--noout", "--schema"])
            .arg(&xsd)
            .arg(&xml)
            .output()
            .expect("run xmllint");
        assert!(
            out.status.success(),
            "Jenkins' junit-10.xsd rejects junit.xml:\n{}\n{}",
            String::from_utf8_lossy(&out.stderr),
            read(&ws, "junit.xml")
        );
        // The validator does catch what the xUnit plugin refused before:
        // quick-junit's `skipped` attribute on <testsuites>.
        let text = read(&ws, "junit.xml");
        let bad = text.replacen("<testsuites ", "<testsuites skipped=\"0\" ", 1);
        let bad_file = ws.write("bad-junit.xml", &bad);
        let out = Command::new(&lint)
            .args(["--noout", "--schema"])
            .arg(&xsd)
            .arg(&bad_file)
            .output()
            .expect("run xmllint");
        assert!(!out.status.success(), "xmllint accepted an invalid file");
    }

    if let Some(python) = consumer_python() {
        const CODE: &str = r#"
import json, sys
from junitparser import JUnitXml, Failure, Error, Skipped
xml = JUnitXml.fromfile(sys.argv[1])
out = {}
for suite in xml:
    cases = []
    for case in suite:
        kinds = sorted(type(r).__name__ for r in case.result)
        cases.append([case.name, kinds])
    out[suite.name] = cases
print(json.dumps(out, sort_keys=True))
"#;
        let parsed: Value =
            serde_json::from_str(&py(&python, CODE, &[xml.to_str().expect("utf-8")]))
                .expect("junitparser output");
        // By hand: square has a visible case (three) and a hidden one
        // (negative); files is missing for everyone.
        assert_eq!(
            parsed["ann: probe/square"],
            serde_json::json!([["three", []], ["negative (hidden)", []]])
        );
        assert_eq!(
            parsed["bob: probe/square"],
            serde_json::json!([["three", ["Failure"]], ["negative (hidden)", ["Failure"]]])
        );
        // A syntax error: one errored test for the import.
        assert_eq!(
            parsed["cy: probe/square"],
            serde_json::json!([["(import)", ["Error"]]])
        );
        assert_eq!(
            parsed["dee: probe/square"],
            serde_json::json!([["three", ["Error"]], ["negative (hidden)", ["Error"]]])
        );
        assert_eq!(
            parsed["ann: probe/files"],
            serde_json::json!([["(submission)", ["Failure"]]])
        );
        assert_eq!(
            parsed["cy: files"],
            serde_json::json!([["subs/cy/junk.txt", ["Skipped"]]])
        );
    }
}

#[test]
fn gradescope_results_match_the_published_specification() {
    let Some(python) = consumer_python() else {
        return;
    };
    let schema = repo().join("tests/consumers/gradescope-results.schema.json");
    let ws = Workspace::new();
    let pack = class_pack(&ws);

    // A zip wrapped in a folder, with a stray file whose note holds `<…>`.
    ws.write(
        "ag/submission/hw1/probe/square.py",
        &fixture("wrong_output.py"),
    );
    ws.write("ag/submission/hw1/notes.txt", "hi");
    let root = ws.dir.path().join("ag");
    let root_s = root.to_str().expect("utf-8");
    grade(
        &ws,
        &pack,
        &["--gradescope", root_s, "--only", "probe/square"],
    )
    .code(0);
    let results_path = root.join("results/results.json");
    assert_valid(&python, &schema, &results_path);
    let results: Value = serde_json::from_str(&read(&ws, "ag/results/results.json")).expect("json");
    assert_eq!(results["output_format"], "text");
    assert_eq!(results["test_output_format"], "text");
    let output = results["output"].as_str().expect("output");
    // Found inside hw1/, and the note keeps its angle brackets as text.
    assert!(output.contains("hw1/"), "{output}");
    assert!(output.contains("<topic>/<name>.py"), "{output}");
    let tests = results["tests"].as_array().expect("tests");
    assert_eq!(tests.len(), 2, "{results:#}");
    assert_eq!(tests[0]["name"], "probe/square: three");
    assert_eq!(tests[0]["status"], "failed");

    // Setup errors still leave a results.json that says what went wrong.
    for (args, says) in [
        (vec!["--only", "probe/nope"], "probe/nope"),
        (
            vec!["--python", "/nonexistent/python3", "--only", "probe/square"],
            "/nonexistent/python3",
        ),
    ] {
        std::fs::remove_file(&results_path).expect("remove");
        let mut all = vec!["--gradescope", root_s];
        all.extend(args.iter().copied());
        grade(&ws, &pack, &all).code(2);
        assert_valid(&python, &schema, &results_path);
        let r: Value = serde_json::from_str(&read(&ws, "ag/results/results.json")).expect("json");
        let output = r["output"].as_str().expect("output");
        assert!(output.contains("not with your code"), "{output}");
        assert!(output.contains(says), "{output}");
        assert_eq!(r["score"], 0.0);
    }

    // The schema is strict enough to catch the old top-level max_score.
    let mut bad = results.clone();
    bad["max_score"] = serde_json::json!(2.0);
    let bad_file = ws.write("bad-results.json", &bad.to_string());
    assert!(!json_schema_errors(&python, &schema, &bad_file).is_empty());
}

/// One `::error` workflow command, parsed strictly from GitHub's
/// documented syntax: `::error k=v,k=v::message`, where values and the
/// message escape `%`, CR and LF as `%25`, `%0D`, `%0A`, and property
/// values also `:` and `,` as `%3A`, `%2C`.
#[derive(Debug)]
struct Annotation {
    file: Option<String>,
    line: Option<u32>,
    title: Option<String>,
    message: String,
}

fn unescape(s: &str, property: bool) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let code = rest.get(i..i + 3).ok_or("a % without two hex digits")?;
        out.push(match code {
            "%25" => '%',
            "%0D" => '\r',
            "%0A" => '\n',
            "%3A" if property => ':',
            "%2C" if property => ',',
            _ => return Err(format!("unknown escape {code}")),
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

fn parse_error_command(line: &str) -> Result<Annotation, String> {
    if line.contains(['\r', '\n']) {
        return Err("a raw line break".into());
    }
    let body = line.strip_prefix("::error").ok_or("not ::error")?;
    let (props, message) = match body.strip_prefix(' ') {
        Some(rest) => rest.split_once("::").ok_or("no :: before the message")?,
        None => ("", body.strip_prefix("::").ok_or("no :: after error")?),
    };
    let mut a = Annotation {
        file: None,
        line: None,
        title: None,
        message: unescape(message, false)?,
    };
    for prop in props.split(',').filter(|p| !p.is_empty()) {
        let (k, v) = prop.split_once('=').ok_or(format!("{prop:?} is not k=v"))?;
        if v.contains(':') {
            return Err(format!("unescaped ':' in {prop:?}"));
        }
        let v = unescape(v, true)?;
        match k {
            "file" => a.file = Some(v),
            "line" => a.line = Some(v.parse().map_err(|_| format!("line={v}"))?),
            "title" => a.title = Some(v),
            "col" | "endLine" | "endColumn" => {}
            _ => return Err(format!("unknown property {k}")),
        }
    }
    Ok(a)
}

#[test]
fn the_annotation_parser_is_strict() {
    assert!(parse_error_command("::error file=a.py,line=2::x%0Ay").is_ok());
    assert!(parse_error_command("::error title=a:b::x").is_err());
    assert!(parse_error_command("::error title=a::x%2").is_err());
    assert!(parse_error_command("::error colour=red::x").is_err());
    assert_eq!(
        parse_error_command("::error title=a%3Ab%2Cc::50%25%0Adone")
            .map(|a| (a.title, a.message))
            .expect("valid"),
        (Some("a:b,c".into()), "50%\ndone".into())
    );
}

#[test]
fn at_most_ten_annotations_located_ones_first() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    // 3 syntax errors (located), then 10 empty folders (missing, unlocated)
    // whose names sort first: 13 failing exercises in all.
    for name in ["zed1", "zed2", "zed3"] {
        ws.write(
            &format!("subs/{name}/probe/square.py"),
            &fixture("syntax_error.py"),
        );
    }
    for i in 0..10 {
        std::fs::create_dir_all(ws.dir.path().join(format!("subs/a{i:02}"))).expect("mkdir");
    }
    let out = grader_with_env(
        Some(ws.dir.path()),
        &[
            "grade",
            "--exercises",
            &pack,
            "subs",
            "--only",
            "probe/square",
            "--format",
            "json=r.json",
        ],
        &[("GITHUB_ACTIONS", "true")],
    );
    out.code(1);
    let errors: Vec<Annotation> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error"))
        .map(|l| parse_error_command(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(errors.len(), 10, "{}", out.stdout);
    for a in &errors[..3] {
        assert!(
            a.file
                .as_deref()
                .is_some_and(|f| f.ends_with("probe/square.py"))
                && a.line.is_some(),
            "{a:?}"
        );
    }
    // 13 - 9 shown = 4 folded into the last one.
    let last = &errors[9];
    assert!(last.file.is_none(), "{last:?}");
    assert!(
        last.title
            .as_deref()
            .is_some_and(|t| t.starts_with("4 more")),
        "{last:?}"
    );
    assert_eq!(
        last.message
            .lines()
            .filter(|l| l.contains("missing"))
            .count(),
        4
    );
}

/// A file holding the visible case's name `three`, printing and failing.
const CHATTY: &str =
    "print('loading')\n\ndef square(x):\n    print('called with', x)\n    return x + x\n";

#[test]
fn check_json_and_exercism_results_match_their_schemas() {
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    let file = ws.write("probe/square.py", CHATTY);
    let file_s = file.to_str().expect("utf-8");
    let out = grader_with_env(
        Some(ws.dir.path()),
        &["check", "--exercises", &pack, file_s, "--format", "json"],
        &[],
    );
    out.code(1);
    let report = out.json();
    let ex = &report["exercises"][0];
    let three = &ex["cases"][0];
    assert_eq!(three["name"], "three");
    assert_eq!(three["code"], "print(square(3))");
    assert!(
        three["stdout"]
            .as_str()
            .is_some_and(|s| s.contains("called with 3")),
        "{three:#}"
    );
    assert!(
        ex["import_output"]
            .as_str()
            .is_some_and(|s| s.contains("loading")),
        "{ex:#}"
    );
    // Nothing of the hidden case: no code, no output.
    let hidden = &ex["cases"][1];
    assert_eq!(hidden["hidden"], true);
    for key in ["code", "stdout", "stderr", "diff"] {
        assert!(
            hidden.get(key).is_none(),
            "{key} of a hidden case: {hidden:#}"
        );
    }
    assert!(!out.stdout.contains("called with -4"), "{}", out.stdout);
    assert!(!out.stdout.contains("square(-4)"), "{}", out.stdout);

    let ex_out = grader_with_env(
        Some(ws.dir.path()),
        &[
            "check",
            "--exercises",
            &pack,
            file_s,
            "--format",
            "exercism",
        ],
        &[],
    );
    ex_out.code(1);
    let results = ex_out.json();
    assert_eq!(results["version"], 3);
    assert_eq!(results["status"], "fail");
    let tests = results["tests"].as_array().expect("tests");
    assert_eq!(tests[0]["test_code"], "print(square(3))");
    assert_eq!(tests[0]["status"], "fail");
    assert!(
        tests[0]["output"]
            .as_str()
            .is_some_and(|o| o.contains("called with 3"))
    );
    assert_eq!(tests[1]["name"], "negative (hidden)");
    assert!(tests[1].get("output").is_none());
    assert!(!ex_out.stdout.contains("square(-4)"), "{}", ex_out.stdout);

    if let Some(python) = consumer_python() {
        let json_file = ws.write("check.json", &out.stdout);
        assert_valid(
            &python,
            &repo().join("schemas/check-report.schema.json"),
            &json_file,
        );
        let ex_file = ws.write("results.json", &ex_out.stdout);
        assert_valid(
            &python,
            &repo().join("tests/consumers/exercism-results.schema.json"),
            &ex_file,
        );
        // A file that cannot be imported is an Exercism `error` with a message.
        let broken = ws.write("broken/probe/square.py", &fixture("syntax_error.py"));
        let b = grader_with_env(
            Some(ws.dir.path()),
            &[
                "check",
                "--exercises",
                &pack,
                broken.to_str().expect("utf-8"),
                "--format",
                "exercism",
            ],
            &[],
        );
        let r = b.json();
        assert_eq!(r["status"], "error", "{r:#}");
        assert!(r["message"].as_str().is_some_and(|m| !m.is_empty()));
        let b_file = ws.write("broken.json", &b.stdout);
        assert_valid(
            &python,
            &repo().join("tests/consumers/exercism-results.schema.json"),
            &b_file,
        );
    }
}

#[test]
fn the_class_report_matches_its_published_schema() {
    let Some(python) = consumer_python() else {
        return;
    };
    let ws = Workspace::new();
    let pack = class_pack(&ws);
    junit_class(&ws, &pack);
    grade(
        &ws,
        &pack,
        &[
            "subs",
            "--only",
            "probe/square",
            "--format",
            "json=report.json",
        ],
    )
    .code(1);
    assert_valid(
        &python,
        &repo().join("schemas/class-report.schema.json"),
        &ws.dir.path().join("report.json"),
    );
}
