//! Frames the harness sends, and the child reports it forwards.
//!
//! Parsing is strict: an unknown field, a frame out of order or a report
//! that is not exactly one JSON line is an error verdict, never a pass.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(tag = "ev", rename_all = "lowercase", deny_unknown_fields)]
pub enum Frame {
    /// Parsed so that a malformed hello is caught; the interpreter was
    /// already identified by `interpreter::find`.
    #[allow(dead_code)]
    Hello {
        version: Vec<u32>,
        implementation: String,
        executable: String,
        platform: String,
        /// The harness made itself non-dumpable (Linux): learner processes
        /// cannot open its memory or descriptors.
        #[serde(default)]
        nondumpable: bool,
        /// The harness is PID 1 of the run's own namespaces: between two
        /// submissions it can kill every process and empty every writable
        /// folder and IPC table of the run, so one harness may serve
        /// submissions of different students.
        #[serde(default)]
        isolated: bool,
    },
    Started {
        id: String,
        pid: u32,
    },
    Done(Done),
    /// The submission was compiled again (a warm re-check).
    Loaded {},
    /// `runners/services.py`, before it becomes the harness: whether the
    /// run's servers started.
    Services(crate::services::Started),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Done {
    pub id: String,
    pub elapsed_ns: u64,
    pub stdout: String,
    pub stdout_size: u64,
    pub stderr: String,
    pub stderr_size: u64,
    pub report: String,
    pub dump: String,
    /// Processes the case left running, killed by the harness.
    #[serde(default)]
    pub leaked: u32,
    #[serde(default)]
    pub exit_code: Option<i32>,
    #[serde(default)]
    pub signal: Option<i32>,
}

/// What the child said about its own run.  Untrusted: learner code ran in
/// that process.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case", deny_unknown_fields)]
pub enum Report {
    Ok {
        #[serde(default)]
        modules: Vec<String>,
    },
    Exception {
        phase: Phase,
        #[serde(rename = "type")]
        kind: String,
        message: String,
        frames: Vec<(String, u32, String)>,
        #[serde(default)]
        offset: Option<u32>,
        #[serde(default)]
        text: Option<String>,
        #[serde(default)]
        modules: Vec<String>,
    },
    Exit {
        phase: Phase,
        code: Option<serde_json::Value>,
        #[serde(default)]
        modules: Vec<String>,
    },
    /// The case's own code does not compile: the pack's fault.
    SpecError { message: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Import,
    Setup,
    Case,
    /// Waiting for threads and atexit handlers after the case.
    Exit,
}

/// The harness sends raw bytes as strings of code points 0–255.
pub fn latin1_bytes(s: &str) -> Option<Vec<u8>> {
    s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect()
}

/// Parses a child's report: exactly one JSON line, or `Err` saying what is wrong.
pub fn parse_report(raw: &str) -> Result<Report, String> {
    let bytes = latin1_bytes(raw).ok_or("the report is not bytes")?;
    let text = String::from_utf8(bytes).map_err(|_| "the report is not UTF-8".to_string())?;
    if text.is_empty() {
        return Err("no report: the process ended before the harness could report".into());
    }
    let body = text.strip_suffix('\n').ok_or("the report was cut short")?;
    if body.contains('\n') {
        return Err(
            "more than one report was written (did the code write to descriptor 3?)".into(),
        );
    }
    serde_json::from_str(body).map_err(|e| format!("the report is malformed ({e})"))
}

/// One request to the harness.
pub fn encode_run(
    id: &str,
    timeout_ms: u64,
    memory: u64,
    output: u64,
    setup: &str,
    code: &str,
) -> Vec<u8> {
    let mut buf = format!(
        "run {id} {timeout_ms} {memory} {output} {} {}\n",
        setup.len(),
        code.len()
    )
    .into_bytes();
    buf.extend_from_slice(setup.as_bytes());
    buf.extend_from_slice(code.as_bytes());
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_must_be_one_line() {
        assert!(matches!(
            parse_report("{\"outcome\":\"ok\",\"modules\":[]}\n"),
            Ok(Report::Ok { .. })
        ));
        assert!(parse_report("{\"outcome\":\"ok\"}\n{\"outcome\":\"ok\"}\n").is_err());
        assert!(parse_report("{\"outcome\":\"ok\"}").is_err());
        assert!(parse_report("").is_err());
        assert!(parse_report("{\"outcome\":\"ok\",\"passed\":true}\n").is_err());
    }

    #[test]
    fn latin1_round_trip() {
        assert_eq!(latin1_bytes("a\u{ff}"), Some(vec![b'a', 0xff]));
        assert_eq!(latin1_bytes("\u{100}"), None);
    }
}
