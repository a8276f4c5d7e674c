"""The Python side of `grader` for project exercises: runs commands in copies
of a learner's project, inside the sandbox, and reports what they did.

Started by the grader as `python -I -S -u project.py REQUEST_JSON`, with an
empty private working folder as its cwd.  REQUEST_JSON names the read-only
project folder, the interpreter, the toolchain's site-packages (or null), the
setup steps and the cases: commands, limits, and the files to report on.
It never holds an expected output: the grader compares everything in Rust.

Steps:
  1. copy the project into ./project; when the run needs packages or setup
     steps, make ./venv, a virtual environment whose site-packages has a .pth
     line pointing at the toolchain's (so `pip install .` goes into the run's
     own environment and the toolchain stays read-only);
  2. run each setup step in ./project, in order; stop at the first failure;
  3. for each case, copy ./project to ./case-N and run the command there.

Each command runs in its own session with stdout and stderr sent to files
this process created, rlimits set, and a deadline; the whole process group
(and, as PID 1 of the run's namespace, every other process) is killed after
it.  Reports go to fd 1, which no command inherits; one JSON object a line:
    {"ev":"step","kind":"setup"|"case","index":N,...}
    {"ev":"end"}
"""

import glob
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

# Our report channel, kept from every child (close_fds) and from /proc.
OUT = os.fdopen(os.dup(1), "w", encoding="ascii", buffering=1)
FILE_CAP = 64 << 10
FSIZE_SLACK = 1 << 20


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


def latin1(data):
    return data.decode("latin-1")


def read_capped(path, cap):
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            return f.read(cap), size
    except OSError:
        return b"", 0


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


def sweep():
    """As PID 1 of the run's namespace, kill whatever a command left behind."""
    if os.getpid() != 1:
        return 0
    left = 0
    for _ in range(20):
        try:
            pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and p != "1"]
        except OSError:
            return left
        pids = [p for p in pids if not served(p)]
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


# The run's servers (runners/services.py started them, then exec'd this
# driver): the sweeps leave them and their own children alone.
SERVICE_PIDS = frozenset(
    int(p) for p in os.environ.get("GRADER_SERVICE_PIDS", "").split(",") if p.isdigit())


def served(pid):
    """Whether `pid` is one of the run's servers or descends from one."""
    for _ in range(64):
        if pid in SERVICE_PIDS:
            return True
        try:
            with open("/proc/%d/stat" % pid, "rb") as f:
                stat = f.read()
            pid = int(stat[stat.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            return False
        if pid <= 1:
            return False
    return False


def reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


class Run:
    def __init__(self, request):
        self.req = request
        self.work = os.getcwd()
        self.project = os.path.join(self.work, "project")
        self.python = request["python"]
        self.path = os.environ.get("PATH", "/usr/bin:/bin")
        self.bins = []
        if request.get("toolchain_bin"):
            self.bins.append(request["toolchain_bin"])

    def prepare(self):
        shutil.copytree(self.req["project"], self.project, symlinks=True)
        if not self.req.get("venv"):
            return
        # A venv by hand (what `python -m venv --without-pip` writes, minus
        # the activation scripts), in a few milliseconds.
        venv = os.path.join(self.work, "venv")
        bindir = os.path.join(venv, "bin")
        major, minor = sys.version_info[:2]
        site = os.path.join(venv, "lib", "python%d.%d" % (major, minor), "site-packages")
        os.makedirs(bindir)
        os.makedirs(site)
        with open(os.path.join(venv, "pyvenv.cfg"), "w") as f:
            f.write("home = %s\ninclude-system-site-packages = false\nversion = %d.%d.%d\n"
                    % ((os.path.dirname(self.python),) + tuple(sys.version_info[:3])))
        for name in ("python", "python3", "python%d.%d" % (major, minor)):
            os.symlink(self.python, os.path.join(bindir, name))
        if self.req.get("toolchain_site"):
            with open(os.path.join(site, "_grader_toolchain.pth"), "w") as f:
                f.write(self.req["toolchain_site"] + "\n")
        self.python = os.path.join(bindir, "python")
        self.bins.insert(0, bindir)

    def resolve(self, argv):
        """`python` is the run's interpreter; other names are looked up in the
        run's and the toolchain's bin/.  A Python script found there is run
        with the run's interpreter (its #! line may name another)."""
        head = argv[0]
        if head in ("python", "python3"):
            return [self.python] + argv[1:]
        if "/" in head:
            return argv
        for d in self.bins:
            candidate = os.path.join(d, head)
            if os.path.isfile(candidate):
                try:
                    with open(candidate, "rb") as f:
                        first = f.readline(512)
                except OSError:
                    first = b""
                if first.startswith(b"#!") and b"python" in first:
                    return [self.python, candidate] + argv[1:]
                return [candidate] + argv[1:]
        return argv

    def env(self, pythonpath):
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join(self.bins + [self.path])
        env["PIP_NO_CACHE_DIR"] = "1"
        env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
        env["PIP_NO_INPUT"] = "1"
        env["PIP_NO_WARN_SCRIPT_LOCATION"] = "1"
        env.pop("PYTHONPATH", None)
        if pythonpath:
            env["PYTHONPATH"] = os.pathsep.join(pythonpath)
        return env

    def execute(self, kind, index, argv, cwd, timeout_ms, memory, output, pythonpath=None,
                files=(), globs=()):
        out_path = os.path.join(self.work, ".%s-%d.out" % (kind, index))
        err_path = os.path.join(self.work, ".%s-%d.err" % (kind, index))
        frame = {"ev": "step", "kind": kind, "index": index, "timed_out": False,
                 "exit_code": None, "signal": None, "error": None, "leaked": 0}
        started = time.monotonic_ns()
        cpu = timeout_ms // 1000 + 2
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            try:
                proc = subprocess.Popen(
                    self.resolve(argv), cwd=cwd, env=self.env(pythonpath),
                    stdin=subprocess.DEVNULL, stdout=out, stderr=err, close_fds=True,
                    start_new_session=True, preexec_fn=limits(memory, cpu))
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
        frame["leaked"] = sweep()
        frame["elapsed_ns"] = time.monotonic_ns() - started
        stdout, frame["stdout_size"] = read_capped(out_path, output)
        stderr, frame["stderr_size"] = read_capped(err_path, output)
        frame["stdout"], frame["stderr"] = latin1(stdout), latin1(stderr)
        for p in (out_path, err_path):
            try:
                os.unlink(p)
            except OSError:
                pass
        frame["files"] = {}
        for rel in files:
            full = os.path.join(cwd, rel)
            if os.path.isfile(full) and not os.path.islink(full):
                data, _ = read_capped(full, FILE_CAP)
                frame["files"][rel] = latin1(data)
            else:
                frame["files"][rel] = None
        frame["globs"] = {}
        base = glob.escape(cwd) + os.sep
        for pattern in globs:
            found = glob.glob(base + pattern, recursive=True)
            frame["globs"][pattern] = sorted(p[len(base):] for p in found)
        send(frame)
        return frame

    def main(self):
        self.prepare()
        req = self.req
        for i, step in enumerate(req["setup"]):
            frame = self.execute("setup", i, step["argv"], self.project, step["timeout_ms"],
                                 step["memory"], step["output"])
            if frame["error"] or frame["timed_out"] or frame["exit_code"] != 0:
                send({"ev": "end"})
                return
        src = os.path.join(self.project, "src")
        pythonpath = [self.project] + ([src] if os.path.isdir(src) else [])
        for i, case in enumerate(req["cases"]):
            cwd = os.path.join(self.work, "case-%d" % i)
            shutil.copytree(self.project, cwd, symlinks=True)
            if case.get("code") is not None:
                argv = ["python", "-c", case["code"]]
                path = pythonpath
            else:
                argv = case["argv"]
                path = None
            self.execute("case", i, argv, cwd, case["timeout_ms"], case["memory"],
                         case["output"], path, case.get("files", ()), case.get("globs", ()))
            shutil.rmtree(cwd, ignore_errors=True)
        send({"ev": "end"})


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: project.py REQUEST_JSON\n")
        return 2
    no_dumping()
    os.close(0)
    with open(sys.argv[1], "rb") as f:
        request = json.load(f)
    # Nothing a command prints may reach the report channel by inheritance.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    Run(request).main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
