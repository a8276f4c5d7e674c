"""The Python side of `grader` for tests exercises: runs a learner's test
suite once, against one version of the module under test, inside the
sandbox, and reports how the run ended.

Started by the grader as `python -I -S -u suite.py REQUEST_JSON`, with an
empty private working folder as its cwd.  REQUEST_JSON names the read-only
suite folder (the learner's tests beside the one version of the module this
run is about), the interpreter that runs the tests, the runner (pytest or
unittest), the read-only folder of the grader's reporting plugins, and the
limits.  It holds no expected outcome, no other version of the module and
no name or description of one: the grader decides in Rust what a run means.

Steps:
  1. copy the suite into ./suite (tests may write beside themselves);
  2. run the tests there in their own session, stdout and stderr sent to
     files this process created, rlimits set, a deadline; the whole process
     group (and, as PID 1 of the run's namespace, every other process) is
     killed after it;
  3. report the exit status and what the grader's plugin wrote to a results
     file in a folder made for this run.

The report goes to fd 1, which the tests never inherit; one JSON object a
line:  {"ev":"run",...} then {"ev":"end"}.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

try:
    import resource
except ImportError:  # pragma: no cover - not Unix
    resource = None

OUT = os.fdopen(os.dup(1), "w", encoding="ascii", buffering=1)
RESULTS_CAP = 1 << 20
OUTPUT_CAP = 16 << 10


def no_dumping():
    """Not dumpable: other processes of the run cannot open /proc/<us>/fd/1."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE, 0
    except Exception:
        pass


def send(frame):
    OUT.write(json.dumps(frame, ensure_ascii=True) + "\n")
    OUT.flush()


def read_capped(path, cap):
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            return f.read(cap), size
    except OSError:
        return None, 0


def tail(path, cap):
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            if size > cap:
                f.seek(size - cap)
            return f.read(cap)
    except OSError:
        return b""


def limits(memory, cpu_seconds):
    def apply():
        if resource is None:
            return
        for kind, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds),
                            (resource.RLIMIT_CORE, 0)):
            try:
                _, hard = resource.getrlimit(kind)
                if hard != resource.RLIM_INFINITY:
                    value = min(value, hard)
                resource.setrlimit(kind, (value, value))
            except (ValueError, OSError):
                pass

    return apply


def reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def sweep():
    """As PID 1 of the run's namespace, kill whatever the tests left behind."""
    if os.getpid() != 1:
        return 0
    left = 0
    for _ in range(20):
        try:
            pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and p != "1"]
        except OSError:
            return left
        if not pids:
            break
        for p in pids:
            try:
                os.kill(p, signal.SIGKILL)
                left += 1
            except OSError:
                pass
        reap()
    return left


def command(req, suite, results):
    python = req["python"]
    support = req["support"]
    if req["runner"] == "pytest":
        argv = [python, "-m", "pytest", "-p", "grader_pytest_report", "-p", "no:cacheprovider",
                "-c", os.path.join(support, "pytest.ini"), "--rootdir", suite, "-q",
                "-o", "console_output_style=classic"]
        if req["first_failure"]:
            argv.append("-x")
        argv.append(suite)
    else:
        argv = [python, os.path.join(support, "grader_unittest.py"), suite]
        if req["first_failure"]:
            argv.append("--failfast")
    env = dict(os.environ)
    # The plugins first: a file of the suite named like one cannot replace it.
    env["PYTHONPATH"] = os.pathsep.join([support, suite])
    env["GRADER_RESULTS"] = results
    env.pop("PYTHONSTARTUP", None)
    # Only the grader's plugin (named above): the pytest plugins other
    # packages of the toolchain happen to register (anyio's, platformdirs')
    # took half of every run's start, and a verdict must not depend on them.
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return argv, env


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: suite.py REQUEST_JSON\n")
        return 2
    no_dumping()
    os.close(0)
    with open(sys.argv[1], "rb") as f:
        req = json.load(f)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)

    work = os.getcwd()
    suite = os.path.join(work, "suite")
    shutil.copytree(req["suite"], suite, symlinks=False)
    # A folder of this run's own for the results: created now, after the
    # copy, under a name no file of the suite can have taken.
    box = os.path.join(work, ".grader-results-%d" % os.getpid())
    os.mkdir(box, 0o700)
    results = os.path.join(box, "results.json")
    out_path = os.path.join(box, "out")
    argv, env = command(req, suite, results)

    frame = {"ev": "run", "timed_out": False, "exit_code": None, "signal": None,
             "error": None}
    started = time.monotonic_ns()
    timeout_ms = req["timeout_ms"]
    with open(out_path, "wb") as out:
        try:
            proc = subprocess.Popen(
                argv, cwd=suite, env=env, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, close_fds=True, start_new_session=True,
                preexec_fn=limits(req["memory"], timeout_ms // 1000 + 2))
        except OSError as e:
            frame["error"] = "cannot run %s: %s" % (argv[0], e.strerror or e)
            proc = None
        if proc is not None:
            try:
                status = proc.wait(timeout=timeout_ms / 1000.0)
            except subprocess.TimeoutExpired:
                frame["timed_out"] = True
                status = None
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
            if status is None:
                status = proc.wait()
            if status < 0:
                frame["signal"] = -status
            else:
                frame["exit_code"] = status
    sweep()
    frame["elapsed_ns"] = time.monotonic_ns() - started
    data, _ = read_capped(results, RESULTS_CAP)
    frame["results"] = None if data is None else data.decode("latin-1")
    frame["output"] = tail(out_path, OUTPUT_CAP).decode("latin-1")
    send(frame)
    send({"ev": "end"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
