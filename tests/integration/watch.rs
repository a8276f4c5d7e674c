//! `grader watch` and `grader drill`: long-running, driven like a learner
//! would: in a real terminal (a pty), editing files, typing keys, Ctrl-C.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use crate::util::{Screen, Workspace, init_practice, learner_solution, progress_of, wait_exit};

#[test]
fn watch_in_a_terminal_rechecks_on_save_moves_on_and_quits_on_ctrl_c() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 60,
            cols: 140,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_grader"));
    cmd.arg("watch");
    cmd.cwd(&root);
    cmd.env("NO_COLOR", "1");
    cmd.env_remove("GRADER_EXERCISES");
    let mut child = pty.slave.spawn_command(cmd).expect("spawn in the pty");
    drop(pty.slave);
    let mut screen = Screen::new(pty.master.try_clone_reader().expect("reader"));
    let mut keys = pty.master.take_writer().expect("writer");

    // The first unfinished exercise is introduced; the screen was cleared.
    screen.expect("grader watch · practice · 0/4 passed");
    screen.expect("Next: basics/greet — Greeting");
    assert!(
        screen.all().contains("\x1b[2J"),
        "a terminal screen is cleared"
    );

    // A wrong save is re-checked and shows the diff.
    std::fs::write(
        root.join("basics/greet.py"),
        "def greet(name):\n    return f'Hello, {name}'\n",
    )
    .expect("save");
    screen.expect("basics/greet: 0/2 cases passed");
    assert!(screen.all().contains("+Hello, Ada"), "{}", screen.all());
    screen.expect("Edit basics/greet.py and save to re-check.");

    // A passing save moves on to the next exercise in roadmap order.
    std::fs::write(
        root.join("basics/greet.py"),
        learner_solution("basics/greet"),
    )
    .expect("save");
    screen.expect("basics/greet: 2/2 cases passed");
    screen.expect("✓ basics/greet passes. Moving on.");
    screen.expect("Next: basics/double — Double");

    // `h` + Enter reveals the current exercise's next hint.
    keys.write_all(b"h\r").expect("type");
    screen.expect("basics/double — Double · hint 1 of 3");

    // Ctrl-C quits cleanly, with a word on where things stand.
    keys.write_all(b"\x03").expect("type");
    screen.expect("Stopped watching (Ctrl-C). 1/4 passed here.");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            break s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "watch did not exit"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status:?}");

    let p = progress_of(&root);
    assert_eq!(p["exercises"]["basics/greet"]["state"], "passed");
    assert_eq!(p["exercises"]["basics/greet"]["checks"], 2);
    assert_eq!(p["exercises"]["basics/double"]["hints_shown"], 1);
}

/// `grader <args>` in `root` with piped stdin and stdout (not a terminal).
fn spawn_piped(root: &std::path::Path, args: &[&str]) -> (std::process::Child, Screen) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_grader"))
        .args(args)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .env_remove("GRADER_EXERCISES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn");
    let out = child.stdout.take().expect("stdout");
    (child, Screen::new(Box::new(out)))
}

#[test]
fn watch_without_a_terminal_prints_plain_screens_and_quits_on_q() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    // A file already worked on is checked at once.
    std::fs::write(
        root.join("basics/greet.py"),
        "def greet(name):\n    return name\n",
    )
    .expect("save");
    let (mut child, mut screen) = spawn_piped(&root, &["watch", "basics"]);
    screen.expect("checking basics/greet.py");
    screen.expect("basics/greet: 0/2 cases passed");
    assert!(
        !screen.all().contains('\x1b'),
        "no terminal codes in a pipe"
    );
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"q\n").expect("type");
    screen.expect("Stopped watching. 0/2 passed here.");
    assert_eq!(wait_exit(&mut child), 0);
}

#[test]
fn a_drill_ends_when_its_exercises_pass_with_a_summary() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    let (mut child, mut screen) = spawn_piped(
        &root,
        &[
            "drill",
            "--topic",
            "basics",
            "--count",
            "1",
            "--minutes",
            "10",
        ],
    );
    // Difficulty 2 is preferred: double before greet.
    screen.expect("Interview drill: 1 exercise in 10:00.");
    screen.expect("1. basics/double.py");
    screen.expect("Next: basics/double");
    std::fs::write(
        root.join("basics/double.py"),
        learner_solution("basics/double"),
    )
    .expect("save");
    screen.expect("basics/double: 2/2 cases passed");
    screen.expect("Drill over (all solved)");
    screen.expect("✓ basics/double  solved in ");
    screen.expect("(1 check)");
    screen.expect("Solved 1 of 1.");
    assert_eq!(wait_exit(&mut child), 0);
    assert_eq!(
        progress_of(&root)["exercises"]["basics/double"]["state"],
        "passed"
    );
}

#[test]
fn a_drill_that_runs_out_of_time_names_the_failing_cases() {
    let ws = Workspace::new();
    let root = init_practice(&ws);
    let (mut child, mut screen) = spawn_piped(&root, &["drill", "--minutes", "0.25"]);
    screen.expect("Interview drill: 3 exercises in 0:15.");
    // Harder first, in roadmap order; then the easy ones.
    screen.expect("1. basics/double.py");
    screen.expect("2. drills/tally.py");
    screen.expect("3. basics/greet.py");
    std::fs::write(
        root.join("drills/tally.py"),
        "def tally(items):\n    return {}\n",
    )
    .expect("save");
    screen.expect("drills/tally: 1/2 cases passed");
    screen.expect("Drill over (time is up)");
    screen.expect("· basics/double  ");
    screen.expect("never checked");
    screen.expect("✗ drills/tally   ");
    screen.expect("(1 check), still failing: \"letters\" failed");
    screen.expect("Solved 0 of 3.");
    assert_eq!(wait_exit(&mut child), 1);
}

/// A program in a real terminal: the child, its screen, the keyboard, and
/// the terminal itself (kept open while the child runs).
type InPty = (
    Box<dyn portable_pty::Child + Send + Sync>,
    Screen,
    Box<dyn std::io::Write + Send>,
    Box<dyn portable_pty::MasterPty + Send>,
);

/// `grader <args>` in `root`, in a real terminal.
fn spawn_in_pty(root: &std::path::Path, args: &[&str]) -> InPty {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 60,
            cols: 140,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_grader"));
    cmd.args(args);
    cmd.cwd(root);
    cmd.env("NO_COLOR", "1");
    cmd.env_remove("GRADER_EXERCISES");
    let child = pty.slave.spawn_command(cmd).expect("spawn in the pty");
    drop(pty.slave);
    let screen = Screen::new(pty.master.try_clone_reader().expect("reader"));
    let keys = pty.master.take_writer().expect("writer");
    (child, screen, keys, pty.master)
}

fn wait_pty(child: &mut Box<dyn portable_pty::Child + Send + Sync>) -> u32 {
    let start = Instant::now();
    loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            return s.exit_code();
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "grader did not exit"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_mock_interview_runs_in_a_terminal_sums_up_per_topic_and_remembers() {
    let ws = Workspace::new();
    let pack = crate::util::fixtures().join("interview_pack");
    crate::util::grader_in(
        Some(ws.dir.path()),
        &[
            "init",
            "--exercises",
            pack.to_str().expect("utf8"),
            "practice",
        ],
    )
    .code(0);
    let root = ws.dir.path().join("practice");

    // Only the interview section (5.), the harder first: area (★★★) and
    // squares (★★); never warmup/hello, of section 1.
    let (mut child, mut screen, _keys, _master) =
        spawn_in_pty(&root, &["drill", "--interview", "--minutes", "0.2"]);
    screen.expect("Mock interview: 2 exercises in 0:12.");
    screen.expect("1. iv_gen/squares.py");
    screen.expect("2. iv_oop/area.py");
    std::fs::write(
        root.join("iv_gen/squares.py"),
        "def squares(n):\n    return [i * i for i in range(n)]\n",
    )
    .expect("save");
    screen.expect("iv_gen/squares: 2/2 cases passed");
    screen.expect("Drill over (time is up)");
    screen.expect("iv_gen — Interview: generators · 1 of 1 solved");
    screen.expect("iv_oop — Interview: OOP · 0 of 1 solved");
    screen.expect("Solved 1 of 2.");
    screen.expect("Review next: iv_oop");
    assert!(!screen.all().contains("warmup/hello"), "{}", screen.all());
    assert_eq!(wait_pty(&mut child), 1);
    let p = progress_of(&root);
    assert_eq!(p["exercises"]["iv_oop/area"]["drilled"], 1);
    assert_eq!(p["exercises"]["iv_gen/squares"]["state"], "passed");

    // The next mock interview starts with what was not practised yet.
    let (mut child, mut screen, mut keys, _master) =
        spawn_in_pty(&root, &["drill", "--interview", "--minutes", "5"]);
    screen.expect("Mock interview: 2 exercises in 5:00.");
    screen.expect("1. iv_gen/evens.py");
    screen.expect("2. iv_oop/area.py");
    keys.write_all(b"q\r").expect("type");
    screen.expect("Drill over (ended early)");
    assert_eq!(wait_pty(&mut child), 1);
}
