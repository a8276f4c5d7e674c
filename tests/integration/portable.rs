//! The portable build (`.ci/portable`: cargo-zigbuild against glibc 2.17)
//! runs a real check, and needs no glibc symbol newer than 2.17.  CI builds
//! it first and names it in GRADER_TEST_PORTABLE_BIN; elsewhere the test is
//! skipped unless that variable is set.

use std::process::Command;

use crate::util::{Workspace, fixtures, test_pack};

/// `GLIBC_2.17` → (2, 17).
fn version(tag: &str) -> Option<(u32, u32)> {
    let v = tag.strip_prefix("GLIBC_")?;
    let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next().flatten().unwrap_or(0)))
}

#[test]
fn the_portable_binary_needs_glibc_2_17_at_most_and_runs_a_check() {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let bin = std::env::var("GRADER_TEST_PORTABLE_BIN").ok();
    assert!(
        bin.is_some() || !ci,
        "CI must build the portable binary (.ci/portable) and set GRADER_TEST_PORTABLE_BIN"
    );
    let Some(bin) = bin else {
        eprintln!("skipped: GRADER_TEST_PORTABLE_BIN is not set (run .ci/portable)");
        return;
    };

    let dump = Command::new("objdump")
        .args(["-T", &bin])
        .output()
        .expect("objdump (binutils)");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let text = String::from_utf8_lossy(&dump.stdout);
    let needed: Vec<(u32, u32)> = text
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter_map(version)
        .collect();
    assert!(!needed.is_empty(), "no GLIBC symbol versions in\n{text}");
    let newest = needed.iter().max().copied().unwrap_or((0, 0));
    assert!(newest <= (2, 17), "needs GLIBC_{}.{}", newest.0, newest.1);

    let ws = Workspace::new();
    let file = ws.write(
        "probe/square.py",
        &std::fs::read_to_string(fixtures().join("submissions/pass.py")).expect("fixture"),
    );
    let out = Command::new(&bin)
        .args(["check", "--exercises"])
        .arg(test_pack())
        .arg(&file)
        .env("NO_COLOR", "1")
        .output()
        .expect("run the portable binary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("probe/square"), "{stdout}");
}
