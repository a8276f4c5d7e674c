//! Issue 10's trust model, checked against what the kernel really did: one
//! test per category, each run as root and, when root, again as an
//! unprivileged user through `setpriv` (the machinery of `hostile.rs`).
//! Where the host can see the effect (a file's owner, a sysctl, a file's
//! metadata) the test looks from the host, not at what the learner says.

use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::hostile::{Arena, is_root, output, path_str, users};
use crate::util::Output;

/// As this user, and as an unprivileged one when root.
fn run_args(arena: &Arena, args: &[&str], unprivileged: bool) -> Output {
    let start = Instant::now();
    let out = output(&mut arena.command(args, unprivileged));
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

/// `check` of `file` against the arena's pack, with `extra` arguments.
fn check(arena: &Arena, file: &Path, extra: &[&str], unprivileged: bool) -> Output {
    let pack = arena.path("pack");
    let mut args = vec!["check", "--color", "never", "--exercises", path_str(&pack)];
    args.extend_from_slice(extra);
    args.push(path_str(file));
    run_args(arena, &args, unprivileged)
}

/// `probe/slow`: the square exercise with room for slow or big cases.
fn slow_exercise(arena: &Arena) {
    let dir = arena.path("pack/probe/slow");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("exercise.yaml"),
        "title: Square slowly\ndifficulty: 1\nstatement: Define `square(x)` returning `x * x`.\n\
         interface: |\n  def square(x): ...\nlimits:\n  time: 10\n  memory_mb: 512\n  output_kb: 16\n  total_time: 60\n\
         cases:\n  - name: three\n    code: print(square(3))\n    expect: \"9\\n\"\n\
         \x20 - name: negative\n    code: print(square(-4))\n    expect: \"16\\n\"\n    hidden: true\n",
    )
    .expect("write spec");
    for p in [dir.clone(), dir.join("exercise.yaml")] {
        let mode = if p.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(mode))
            .expect("chmod");
    }
}

/// Plants `_tag = "<tag>"` in the hidden case of `probe/square`: a stand-in
/// for whatever a hidden case holds that the learner wants to see.
fn plant_hidden_tag(arena: &Arena) -> String {
    let tag = format!("hid_{}", arena.marker.replace('-', "_"));
    let spec = arena.path("pack/probe/square/exercise.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    let planted = text.replace(
        "code: print(square(-4))",
        &format!("code: \"_tag = '{tag}'\\nprint(square(-4))\""),
    );
    assert_ne!(planted, text, "the hidden case was not found");
    std::fs::write(&spec, planted).expect("spec");
    tag
}

/// The human report's lines about the hidden case, without its `at
/// file:line` lines (a real line of the learner's file may be shown).
fn hidden_block(stdout: &str) -> String {
    stdout
        .lines()
        .skip_while(|l| !l.contains("negative (hidden)"))
        .take_while(|l| !l.starts_with("probe/"))
        .filter(|l| !l.contains("square.py:"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The JSON report's object for the hidden case, without its traceback.
fn hidden_json(out: &Output) -> serde_json::Value {
    let json = out.json();
    let mut case = json["exercises"][0]["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .find(|c| c["name"] == "negative")
        .cloned()
        .expect("the hidden case");
    if let Some(o) = case.as_object_mut() {
        o.remove("traceback");
    }
    case
}

fn host_sysctl(name: &str) -> String {
    std::fs::read_to_string(Path::new("/proc/sys/kernel").join(name)).expect("sysctl")
}

// --- 1. privilege separation ---------------------------------------------

#[test]
fn learner_code_is_not_host_root_and_holds_no_capabilities() {
    if !is_root() {
        return; // only host root can look into another user's working folder
    }
    for unprivileged in users() {
        let arena = Arena::new();
        slow_exercise(&arena);
        let file = arena.submission_as("trust_uid.py", "probe/slow.py");
        let child = arena
            .check_command(&file, unprivileged)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        let name = format!("uidprobe-{}", arena.marker);
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut seen = None;
        while seen.is_none() && Instant::now() < deadline {
            for entry in std::fs::read_dir("/proc").expect("proc").flatten() {
                let probe = entry.path().join("cwd").join(&name);
                if let Ok(meta) = std::fs::metadata(&probe) {
                    let text = std::fs::read_to_string(&probe).unwrap_or_default();
                    let _ = std::fs::remove_file(&probe);
                    seen = Some((meta, text));
                    break;
                }
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let out = child.wait_with_output().expect("wait");
        let (meta, text) = seen.unwrap_or_else(|| {
            panic!(
                "the learner's file was never seen (unprivileged: {unprivileged})\n{}",
                String::from_utf8_lossy(&out.stdout)
            )
        });
        assert_ne!(
            meta.uid(),
            0,
            "learner code made a file as host root\n{text}"
        );
        assert_ne!(meta.gid(), 0, "learner code made a file as host group 0");
        let caps: Vec<&str> = text.lines().filter(|l| l.starts_with("Cap")).collect();
        assert_eq!(caps.len(), 5, "{text}");
        for line in caps {
            assert!(
                line.ends_with("0000000000000000"),
                "learner code holds capabilities (unprivileged: {unprivileged}): {line}"
            );
        }
    }
}

// --- 2. host-wide kernel settings ------------------------------------------

#[test]
fn proc_sys_writes_and_sethostname_change_nothing_on_the_host() {
    for unprivileged in users() {
        let before: Vec<String> = ["core_pattern", "hostname", "threads-max"]
            .iter()
            .map(|k| host_sysctl(k))
            .collect();
        let host_name = nix_hostname();
        let arena = Arena::new();
        let out = arena.run("trust_proc_sys.py", unprivileged);
        arena.assert_contained(&out);
        let after: Vec<String> = ["core_pattern", "hostname", "threads-max"]
            .iter()
            .map(|k| host_sysctl(k))
            .collect();
        assert_eq!(before, after, "a host sysctl changed\n{}", out.stdout);
        assert_eq!(host_name, nix_hostname(), "the host's hostname changed");
        out.stdout_lacks("WROTE");
        for what in ["core_pattern", "hostname", "threads-max", "sethostname"] {
            assert!(
                out.stdout
                    .lines()
                    .any(|l| l.contains("refused") && l.contains(what)),
                "{what} was not attempted (unprivileged: {unprivileged})\n{}",
                out.stdout
            );
        }
    }
}

fn nix_hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname").expect("hostname")
}

// --- 3. the judge out of reach ----------------------------------------------

#[test]
fn the_zygotes_memory_environment_and_descriptors_cannot_be_opened() {
    for unprivileged in users() {
        let arena = Arena::new();
        let out = arena.run("trust_proc1.py", unprivileged);
        arena.assert_contained(&out);
        out.stdout_lacks("OPENED");
        for path in ["/proc/1/mem", "/proc/1/environ", "/proc/1/fd/1"] {
            assert!(
                out.stdout.contains(&format!("refused {path}")),
                "{path} was not attempted\n{}",
                out.stdout
            );
        }
    }
}

#[test]
fn a_forged_spec_error_report_is_the_learners_fault() {
    for unprivileged in users() {
        let arena = Arena::new();
        let out = arena.run("trust_forge_spec_error.py", unprivileged);
        arena.assert_contained(&out);
        out.stdout_lacks("broken in the exercise pack")
            .stdout_lacks("0/0")
            .stdout_has("0/2 cases passed");
        let file = arena.path("work/probe/square.py");
        let json = check(&arena, &file, &["--format", "json"], unprivileged);
        json.code(1);
        let report = json.json();
        assert_eq!(
            report["exercises"][0]["status"], "failed",
            "{}",
            json.stdout
        );
        assert_eq!(report["summary"]["cases_passed"], 0);
    }
}

#[test]
fn forged_done_frames_change_nothing() {
    for unprivileged in users() {
        let arena = Arena::new();
        let out = arena.run("trust_forge_done.py", unprivileged);
        arena.assert_contained(&out);
        out.stdout_has("0/2 cases passed");
    }
}

// --- 4. hidden cases say nothing the learner chose ---------------------------

/// Numbers the fixture derives at run time (n = 4321): none may be shown
/// for the hidden case.
const CHOSEN_NUMBERS: &[&str] = &["4321", "225", "21605", "23", "35"];

#[test]
fn hidden_cases_carry_no_learner_chosen_text_or_numbers() {
    let leaks = [
        "type",
        "message",
        "sys_exit",
        "sys_exit_number",
        "os_exit",
        "exec_frame",
        "exec_named",
        "timeout_names",
        "output_bytes",
        "duration",
        "daemons",
        "signal",
    ];
    for unprivileged in users() {
        for leak in leaks {
            let arena = Arena::new();
            let tag = plant_hidden_tag(&arena);
            let file = arena.submission("trust_leak_hidden.py");
            let text = std::fs::read_to_string(&file).expect("read");
            std::fs::write(&file, text.replace("@LEAK@", leak)).expect("write");
            let human = check(&arena, &file, &[], unprivileged);
            let json = check(&arena, &file, &["--format", "json"], unprivileged);
            let what = format!("leak {leak} (unprivileged: {unprivileged})");
            human.stdout_has("✓ three");
            for text in [&human.stdout, &human.stderr, &json.stdout, &json.stderr] {
                assert!(
                    !text.contains(&tag),
                    "{what}: the hidden tag leaked\n{text}"
                );
            }
            let block = hidden_block(&human.stdout);
            let case = hidden_json(&json).to_string();
            for n in CHOSEN_NUMBERS {
                assert!(!block.contains(n), "{what}: {n} shown\n{block}");
                assert!(!case.contains(n), "{what}: {n} in JSON\n{case}");
            }
            // A hidden case's time is never shown (a fixed 0 is no signal).
            let shown = block.replace(" 0 ms", "");
            assert!(!shown.contains(" ms"), "{what}: a duration\n{block}");
            let duration = hidden_json(&json)["duration_ms"].as_u64().unwrap_or(0);
            assert_eq!(duration, 0, "{what}: a hidden case's duration\n{case}");
        }
    }
}

// --- 5. nothing learner-controlled reaches a terminal raw --------------------

/// Control characters, C1 controls and bidi overrides a terminal acts on.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || ('\u{80}'..='\u{9f}').contains(&c)
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
        .collect()
}

#[test]
fn control_characters_are_escaped_in_check_and_grade() {
    for unprivileged in users() {
        let arena = Arena::new();
        let out = arena.run("trust_control.py", unprivileged);
        arena.assert_contained(&out);
        let raw = raw_controls(&out.stdout);
        assert!(
            raw.is_empty(),
            "raw controls in check: {raw:?}\n{}",
            out.stdout
        );
        out.stdout_has("0/2 cases passed");

        // The same file handed in by a student whose folder name is hostile too.
        let class = arena.path("class");
        let student = class.join("eve\u{1b}[2J\r\u{7}\u{202e}");
        std::fs::create_dir_all(student.join("probe")).expect("mkdir");
        std::fs::copy(
            arena.path("work/probe/square.py"),
            student.join("probe/square.py"),
        )
        .expect("copy");
        for dir in [class.clone(), student.clone(), student.join("probe")] {
            std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o755))
                .expect("chmod");
        }
        let out_dir = arena.path("reports");
        std::fs::create_dir_all(&out_dir).expect("mkdir");
        std::fs::set_permissions(
            &out_dir,
            std::os::unix::fs::PermissionsExt::from_mode(0o777),
        )
        .expect("chmod");
        let grade = run_args(
            &arena,
            &[
                "grade",
                "--color",
                "never",
                "--exercises",
                path_str(&arena.path("pack")),
                "--out-dir",
                path_str(&out_dir),
                path_str(&class),
            ],
            unprivileged,
        );
        let raw = raw_controls(&grade.stdout);
        assert!(
            raw.is_empty(),
            "raw controls in grade: {raw:?}\n{}\n{}",
            grade.stdout,
            grade.stderr
        );
        assert!(
            grade.stdout.contains("eve"),
            "{}\n{}",
            grade.stdout,
            grade.stderr
        );
    }
}

// --- 6. caps for the run as a whole ------------------------------------------

#[test]
fn a_runs_processes_together_stay_under_its_memory_cap() {
    for unprivileged in users() {
        let arena = Arena::new();
        slow_exercise(&arena);
        if unprivileged {
            // No cgroup for an ordinary user: the documented bound is per
            // process, the case's memory limit.
            let file = arena.submission_as("trust_memory_one.py", "probe/slow.py");
            let out = check(&arena, &file, &[], true);
            out.stdout_has("refused").stdout_lacks("HELD 600");
            continue;
        }
        let file = arena.submission_as("trust_memory.py", "probe/slow.py");
        let out = check(&arena, &file, &[], false);
        // Killed as a whole is within the cap too; holding more is not.
        if let Some(line) = out.stdout.lines().find(|l| l.contains("HELD ")) {
            let held: u64 = line
                .rsplit(' ')
                .next()
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or_else(|| panic!("bad line {line:?}"));
            assert!(
                held * (384 << 20) <= grader::sandbox::RUN_MEMORY,
                "{held} processes held 384 MiB each at once\n{}",
                out.stdout
            );
        }
        out.code(1);
    }
}

// --- 7. no host file's metadata changes --------------------------------------

fn stat_of(p: &Path) -> (u32, u32, u32, i64) {
    let m = std::fs::metadata(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    (m.mode(), m.uid(), m.gid(), m.mtime())
}

fn host_python(unprivileged: bool) -> PathBuf {
    let python = if unprivileged {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let out = std::process::Command::new(python)
        .args([
            "-c",
            "import os, sys; print(os.path.realpath(sys.executable))",
        ])
        .output()
        .expect("python3");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

#[test]
fn no_host_files_metadata_changes() {
    for unprivileged in users() {
        let arena = Arena::new();
        let watched = [
            host_python(unprivileged),
            arena.path("pack/probe/square/exercise.yaml"),
            arena.path("other.py"),
            arena.canary.clone(),
            PathBuf::from("/dev/null"),
            PathBuf::from(env!("CARGO_BIN_EXE_grader")),
        ];
        let before: Vec<_> = watched.iter().map(|p| stat_of(p)).collect();
        let out = arena.run("trust_metadata.py", unprivileged);
        arena.assert_contained(&out);
        let after: Vec<_> = watched.iter().map(|p| stat_of(p)).collect();
        for ((p, b), a) in watched.iter().zip(&before).zip(&after) {
            assert_eq!(
                b,
                a,
                "{} changed (unprivileged: {unprivileged})",
                p.display()
            );
        }
        out.stdout_lacks("CHANGED").stdout_has("refused chmod");
    }
}

// --- 8. sweeps wait ----------------------------------------------------------

#[test]
fn daemons_left_by_one_case_do_not_fail_the_next() {
    for unprivileged in users() {
        let arena = Arena::new();
        let file = arena.submission("trust_sweep.py");
        let out = check(&arena, &file, &["--format", "json"], unprivileged);
        let case = hidden_json(&out);
        assert_eq!(
            case["status"], "passed",
            "unprivileged: {unprivileged}\n{}",
            out.stdout
        );
    }
}

// --- found by attack ---------------------------------------------------------

/// Python's SIGINT handler made the zygote raise KeyboardInterrupt when
/// learner code sent it SIGINT: "the run broke down" for every case run
/// after, chosen by the learner.  The zygote now ignores SIGINT (its forks
/// get the default back), and the case passes like any other.
#[test]
fn signals_sent_to_the_zygote_change_nothing() {
    for unprivileged in users() {
        let arena = Arena::new();
        let out = arena.run("trust_signal_zygote.py", unprivileged);
        out.stdout_lacks("broke down");
        out.code(0).stdout_has("2/2 cases passed");
    }
}

/// Learner code still gets KeyboardInterrupt from its own SIGINT.
#[test]
fn learner_code_keeps_pythons_sigint_handler() {
    let arena = Arena::new();
    let file = arena.submission("trust_signal_zygote.py");
    std::fs::write(
        &file,
        "import os, signal\n\ndef square(x):\n    try:\n        os.kill(os.getpid(), signal.SIGINT)\n        signal.pause()\n    except KeyboardInterrupt:\n        return x * x\n",
    )
    .expect("write");
    check(&arena, &file, &[], false)
        .code(0)
        .stdout_has("2/2 cases passed");
}

/// Found by attack: pages of memfd files are not counted by RLIMIT_AS.  As an
/// ordinary user (no cgroup) one process pinned 1.5 GiB with a 512 MiB case
/// limit, far past the documented per-process bound (512 descriptors of up
/// to RLIMIT_FSIZE each, times 256 tasks); as root the run's cgroup stops
/// it, but its OOM killer takes the zygote and the case reads "the run
/// broke down" instead of a memory verdict.  Seccomp now refuses
/// memfd_create and System V shared memory and message queues; the harness
/// captures into unlinked files of the run's size-limited tmpfs.
#[test]
fn memory_outside_the_address_space_is_bounded_too() {
    for unprivileged in users() {
        let arena = Arena::new();
        slow_exercise(&arena);
        let file = arena.submission_as("trust_memfd_hoard.py", "probe/slow.py");
        let out = check(&arena, &file, &[], unprivileged);
        out.stdout_lacks("broke down");
        if let Some(line) = out.stdout.lines().find(|l| l.contains("PINNED ")) {
            let mib: u64 = line
                .rsplit(' ')
                .next()
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or_else(|| panic!("bad line {line:?}"));
            assert!(
                mib <= 512,
                "{mib} MiB pinned outside the address-space limit (unprivileged: {unprivileged})"
            );
        }
    }
}

/// Found by attack: with a pack's large output limit (4 MiB here), a case
/// writing NUL bytes made a frame over the grader's fixed 32 MiB cap ("the
/// run broke down"), and scanning it for a newline once per 64 KiB chunk
/// took long enough to use up the exercise's total time: the hidden case
/// was never run.  The cap now follows the output limit, the scan is
/// linear, and the harness reads back at most 64 KiB of report.
#[test]
fn a_huge_escaped_frame_is_an_output_verdict_not_a_broken_run() {
    for unprivileged in users() {
        let arena = Arena::new();
        slow_exercise(&arena);
        let spec = arena.path("pack/probe/slow/exercise.yaml");
        let text = std::fs::read_to_string(&spec).expect("spec");
        std::fs::write(&spec, text.replace("output_kb: 16", "output_kb: 4096")).expect("spec");
        let file = arena.submission_as("trust_huge_frame.py", "probe/slow.py");
        let out = check(&arena, &file, &[], unprivileged);
        out.code(1)
            .stdout_lacks("broke down")
            .stdout_lacks("total time limit")
            .stdout_has("1/2 cases passed");
    }
}

/// Found by attack: every frame of a hidden case's traceback kept a real
/// line number of the file, and code compiled under the file's name can
/// stand at any line: nested, one frame per character, the JSON report
/// spelled the hidden case's tag out in one run.  A hidden case now shows
/// one location, the innermost, so a run says at most which of the file's
/// lines raised.
#[test]
fn a_hidden_case_shows_one_line_not_a_traceback_of_chosen_lines() {
    for unprivileged in users() {
        let arena = Arena::new();
        let tag = plant_hidden_tag(&arena);
        let file = arena.submission("trust_leak_frames.py");
        let json = check(&arena, &file, &["--format", "json"], unprivileged);
        let case = hidden_json_with_traceback(&json);
        let lines: Vec<u64> = case["traceback"]
            .as_array()
            .map(|t| t.iter().filter_map(|f| f["line"].as_u64()).collect())
            .unwrap_or_default();
        let spelled: String = lines
            .iter()
            .filter_map(|&l| char::from_u32(u32::try_from(l).ok()?))
            .collect();
        // The report keeps the innermost frames: the tag's end, spelled
        // between the frames of `step`.
        let tail = &tag[tag.len() - 8..];
        let mut rest = spelled.chars();
        let spelled_out = tail.chars().all(|c| rest.any(|s| s == c));
        assert!(
            !spelled_out,
            "the tag's end {tail:?} was spelled: {lines:?}"
        );
        assert!(lines.len() <= 1, "a hidden case showed {lines:?}");
        let human = check(&arena, &file, &[], unprivileged);
        human.code(1).stdout_has("1/2 cases passed");
    }
}

fn hidden_json_with_traceback(out: &Output) -> serde_json::Value {
    out.json()["exercises"][0]["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .find(|c| c["name"] == "negative")
        .cloned()
        .expect("the hidden case")
}

/// Found by attack: a helper killed before its clean-up (the grader exiting
/// or killing the run) leaves its empty run cgroup behind: 37 of them piled
/// up on this machine in half an hour of tests, and at the kernel's limit
/// on cgroups every later run would lose its memory cap.  A new run removes
/// those whose helper is gone.
#[test]
fn stale_run_cgroups_are_removed() {
    if !is_root() {
        return;
    }
    let parents = [
        Path::new("/sys/fs/cgroup/grader"),
        Path::new("/sys/fs/cgroup/memory/grader"),
    ];
    let Some(parent) = parents.iter().find(|p| p.is_dir()) else {
        return; // no run cgroup on this machine yet
    };
    let mut gone = std::process::Command::new("true").spawn().expect("true");
    let dead = gone.id();
    gone.wait().expect("wait");
    // One a helper made, and one a grader made ahead for its helper.
    let stale = [
        parent.join(format!("grader-run-{dead}")),
        parent.join(format!("grader-run-{dead}-2")),
    ];
    for dir in &stale {
        std::fs::create_dir(dir).expect("a stale cgroup");
    }
    let arena = Arena::new();
    let file = arena.path("work/probe/square.py");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(&file, "def square(x):\n    return x * x\n").expect("write");
    check(&arena, &file, &[], false).code(0);
    let left: Vec<_> = stale.iter().filter(|d| d.exists()).collect();
    for dir in &stale {
        let _ = std::fs::remove_dir(dir);
    }
    assert!(left.is_empty(), "{left:?} were left behind");
}

/// Found by attack: a hidden case read its own code from the zygote's
/// frame and spelled it out in the host's open-file count
/// (/proc/sys/fs/file-nr), 4 bits per 45 ms; a visible case of the other
/// harness, running at the same time, sampled the count and printed the
/// code in its report.  The run's /proc now shows the host's counters
/// (open files, inodes, dentries, forks, memory, load, CPU and IRQ times)
/// as empty files, and an instructor's pack never runs the two harnesses
/// at once.
#[test]
fn the_hosts_activity_counters_read_empty() {
    let arena = Arena::new();
    let file = arena.path("work/probe/square.py");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &file,
        "import os\n\
         _seen = []\n\
         for _p in ('stat', 'meminfo', 'loadavg', 'uptime', 'vmstat', 'interrupts',\n\
                    'sys/fs/file-nr', 'sys/fs/inode-nr', 'sys/fs/dentry-state'):\n    \
             try:\n        \
                 with open('/proc/' + _p) as _f:\n            \
                     if _f.read():\n                \
                         _seen.append(_p)\n    \
             except OSError:\n        \
                 pass\n\
         if _seen:\n    \
             raise SystemExit('host counters visible: %s' % ' '.join(_seen))\n\
         if not os.cpu_count():\n    \
             raise SystemExit('no cpu count')\n\n\
         def square(x):\n    return x * x\n",
    )
    .expect("write");
    for unprivileged in users() {
        check(&arena, &file, &[], unprivileged)
            .code(0)
            .stdout_has("2/2 cases passed");
    }
}

/// Python starts while the sandbox helper is still moving the run into
/// its cgroup (the move waits on the kernel for 5-20 ms); the harness
/// forks nothing until the move is done.  Learner code, from the import
/// on, runs inside the run's memory and task cgroups.
#[test]
fn learner_code_runs_only_inside_the_runs_cgroup() {
    if !is_root() || !Path::new("/sys/fs/cgroup/memory/memory.limit_in_bytes").exists() {
        return; // the cgroup v1 layout this reads; v2 is checked by its limit
    }
    let arena = Arena::new();
    let file = arena.path("work/probe/square.py");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &file,
        "with open('/proc/self/cgroup') as f:\n    \
             _mine = [l for l in f.read().splitlines() if ':memory:' in l or ':pids:' in l]\n\
         if len(_mine) != 2 or not all('grader-run-' in l for l in _mine):\n    \
             raise SystemExit('outside the run cgroup: %r' % _mine)\n\n\
         def square(x):\n    return x * x\n",
    )
    .expect("write");
    check(&arena, &file, &[], false)
        .code(0)
        .stdout_has("2/2 cases passed");
}
