"""The Python side of `grader`: a fork server that runs one learner module's cases.

Started by the grader as `python -I -S -u -X utf8 harness.py MODULE_PATH CASES_DIR`.
Each case runs with a fresh, empty `CASES_DIR/<id>/` as its working directory
(and TMPDIR), so files one case writes are never seen by another.
Nothing here ever decides whether a case passed: the grader compares outputs in
Rust, and expected outputs never reach this process.

Trust split:
  * Under a root sandbox, Python starts while the helper is still moving
    the run into its cgroup; nothing is forked before the helper says the
    move is done (GRADER_CGROUP_GATE), so all learner code runs inside it.
  * The supervisor (this process's main loop; PID 1 of the run's namespaces
    under the Linux sandbox) never reads a request, compiles learner code or
    receives a case: it forks one *zygote* per submission and, when that
    zygote ends, kills every process left, empties the run's writable
    folders and removes its System V IPC objects, so the next submission
    (another save, or another student in a class) starts from what no
    learner ever touched.
  * A zygote never runs learner code either.  It compiles the module at
    its first request (the grader may ask for a fresh zygote before it has
    written the next submission), then forks one child per request and
    reports on fd 1, a pipe only it and the supervisor hold.
  * Each child imports the module afresh, runs setup and the case, and writes a
    one-line report to fd 3.  The child runs learner code, so its report is
    untrusted: the zygote forwards it verbatim and the grader validates it.
  * A child's stdout and stderr go to anonymous files the zygote created; the
    zygote reads them back after the child has exited, so whatever the learner
    writes is only ever "the output of this case".

Protocol, grader -> zygote (stdin), one request at a time:
    run ID TIMEOUT_MS MEMORY_BYTES OUTPUT_BYTES SETUP_LEN CODE_LEN\n
    <SETUP_LEN bytes of UTF-8 setup code><CODE_LEN bytes of UTF-8 case code>
  an ID starting with "import" only imports the module (the import probe);
    load\n
  ends the zygote: the supervisor clears up after it and forks a fresh one,
  which compiles the module again at its first request (it was rewritten: a
  warm re-check, or the next student's submission);
  EOF ends the zygote, then the supervisor.
Zygote -> grader (stdout), one JSON object per line:
    {"ev":"hello",...}                 once, at start
    {"ev":"started","id":..,"pid":..}  when a child is forked
    {"ev":"done","id":..,...}          when it has been reaped
    {"ev":"loaded"}                    after a load, from the fresh zygote
"""

import os
import sys

try:  # the C encoder: importing `json` would cost more than starting Python
    from _json import encode_basestring_ascii as _quote
except ImportError:  # pragma: no cover - non-CPython
    from json import dumps as _quote

import faulthandler

# The C module: `signal` itself imports enum (and functools, collections),
# most of the harness's start-up time; the names used here are the same.
import _signal as signal

try:
    import resource
except ImportError:  # pragma: no cover - not Unix
    resource = None

# Captured now, in the zygote, so a child whose learner code rebinds them still
# reports through the real ones.
_write = os.write
_exit = os._exit
_dup2 = os.dup2
_perf = __import__("time").perf_counter_ns
_setitimer = getattr(signal, "setitimer", None)

MODULE_NAME = "solution"
CASE_FILE = "<case>"
SETUP_FILE = "<setup>"
REPORT_FD = 3
DUMP_FD = 4
# What is read back of a case's report and stack dump (the grader sizes the
# frames it accepts from these and the output limit: keep both in step with
# src/runner/mod.rs).  An honest report is a few kilobytes.
REPORT_CAP = 64 << 10
DUMP_CAP = 64 << 10
# Bytes a child may write to any one file beyond its output limit: enough for an
# honest program's scratch files, small enough that a flood ends quickly.
FSIZE_SLACK = 16 << 20


def _json(value):
    """Serialise the few shapes the protocol uses, with the C string encoder."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_json(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(_quote(str(k)) + ":" + _json(v) for k, v in value.items()) + "}"
    return _quote(str(value))


def _send(fd, obj):
    data = (_json(obj) + "\n").encode("ascii")
    while data:
        data = data[_write(fd, data):]


def _bytes_field(data):
    """Raw bytes as a JSON string: each byte becomes the code point of its value."""
    return data.decode("latin-1")


def _memfile(name, folder):
    if hasattr(os, "memfd_create"):
        try:
            return os.memfd_create(name, 0)
        except OSError:
            pass  # refused by the sandbox: its pages escape every memory limit
    # Otherwise: a file in the run's own (size-limited) folder with no name
    # (O_TMPFILE), or one unlinked at once, so the child can reach it only
    # through the descriptor it is given.
    if hasattr(os, "O_TMPFILE"):
        try:
            return os.open(folder, os.O_TMPFILE | os.O_RDWR, 0o600)
        except OSError:
            pass  # a file system without O_TMPFILE
    path = os.path.join(folder, ".cap-%d-%s" % (os.getpid(), name))
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.unlink(path)
    return fd


def _read_capped(fd, limit):
    size = os.lseek(fd, 0, os.SEEK_END)
    chunks = []
    offset = 0
    want = min(size, limit)
    while offset < want:
        chunk = os.pread(fd, want - offset, offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks), size


def _read_exact(stream, n):
    data = stream.read(n)
    if data is None or len(data) != n:
        raise EOFError("grader closed the request stream mid-request")
    return data


def _frames(tb, module_path):
    """(file, line, function) for the learner's own frames and the case's."""
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename in (module_path, CASE_FILE, SETUP_FILE):
            out.append([code.co_filename, tb.tb_lineno, code.co_name])
        tb = tb.tb_next
    return out


def _describe(exc):
    try:
        message = str(exc)
    except BaseException:  # a learner's __str__ may raise anything
        message = "<exception message could not be printed>"
    return type(exc).__name__, message


class Child:
    """Runs in the forked child: import, setup, case.  Never returns."""

    def __init__(self, module_code, module_path, setup, case, phase_only_import):
        self.module_code = module_code
        self.module_path = module_path
        self.setup = setup
        self.case = case
        self.import_only = phase_only_import

    def run(self):
        phase = "import"
        report = {"outcome": "ok"}
        before = set(sys.modules)
        # Lets multiprocessing's spawned workers import `solution` by name.
        sys.path.insert(0, os.path.dirname(self.module_path))
        try:
            module = type(sys)(MODULE_NAME)
            module.__file__ = self.module_path
            sys.modules[MODULE_NAME] = module
            exec(self.module_code, module.__dict__)
            if not self.import_only:
                # What the module printed while importing was reported by the
                # import probe; each case's output starts clean.
                _flush()
                for fd in (1, 2):
                    os.ftruncate(fd, 0)
                    os.lseek(fd, 0, os.SEEK_SET)
                namespace = {"__name__": "__case__", "__builtins__": __builtins__}
                for key, value in list(module.__dict__.items()):
                    if not key.startswith("_"):
                        namespace[key] = value
                namespace[MODULE_NAME] = module
                phase = "setup"
                if self.setup is not None:
                    exec(self.setup, namespace)
                phase = "case"
                exec(self.case, namespace)
            # End the way a real program ends: wait for non-daemon threads,
            # run atexit handlers.  A thread or handler that never finishes
            # hangs here, under the case's deadline, as it would for real.
            phase = "exit"
            _python_shutdown()
        except SystemExit as exc:
            report = {"outcome": "exit", "phase": phase, "code": _exit_code(exc)}
        except BaseException as exc:
            name, message = _describe(exc)
            report = {
                "outcome": "exception",
                "phase": phase,
                "type": name,
                "message": message[:4000],
                "frames": _frames(exc.__traceback__, self.module_path)[-20:],
            }
        _flush()
        report["modules"] = sorted(m for m in set(sys.modules) - before if m in PRELOADABLE)
        try:
            _send(REPORT_FD, report)
        finally:
            _exit(0)


def _python_shutdown():
    threading = sys.modules.get("threading")
    if threading is not None and hasattr(threading, "_shutdown"):
        threading._shutdown()
    atexit = sys.modules.get("atexit")
    if atexit is not None and hasattr(atexit, "_run_exitfuncs"):
        atexit._run_exitfuncs()


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:  # learner code may have replaced or closed them
            pass


def _exit_code(exc):
    code = exc.code
    if code is None or isinstance(code, int):
        return code
    return str(code)[:200]


# Standard-library modules whose import has no effect outside the importing
# process (no output, no threads, no terminal).  After a case, the zygote imports
# those the case imported, so later forks inherit them instead of importing again.
PRELOADABLE = frozenset("""
    abc argparse array ast asyncio base64 bisect calendar cmath collections
    concurrent contextlib contextvars copy csv dataclasses datetime decimal dis
    doctest enum fractions functools gc hashlib heapq hmac importlib inspect io
    itertools json keyword logging math numbers operator pathlib pickle pprint
    queue random re secrets selectors shutil signal socket sqlite3 statistics string
    struct subprocess tempfile textwrap threading time timeit tracemalloc
    traceback types typing unittest uuid warnings weakref zoneinfo
""".split())


def _prctl(option, value):
    """prctl(2) through `_ctypes`: whether it returned 0 (False off Linux or
    on any error)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import _ctypes
        prctl = _ctypes.dlsym(_ctypes.dlopen(None), "prctl")
        return _ctypes.call_function(prctl, (option, value, 0, 0, 0)) == 0
    except Exception:
        return False


def _nondumpable():
    """Makes this process non-dumpable (Linux), so that the learner processes
    it forks, which share its uid, cannot open its memory or its descriptors
    through /proc.  The forks inherit the flag; a learner process may turn it
    back on for itself, never for this one.  `_ctypes` rather than `ctypes`:
    the package costs several milliseconds to import, the module one."""
    # PR_SET_DUMPABLE 0, then PR_GET_DUMPABLE answers 0.
    return _prctl(4, 0) and _prctl(3, 0)


def _remove_sysv_objects():
    """Removes every System V semaphore set, shared memory segment and
    message queue of the run's private IPC namespace (what a submission
    created outlives its processes)."""
    try:
        import _ctypes
        libc = _ctypes.dlopen(None)
    except Exception:
        return
    for table, call in (("sem", "semctl"), ("shm", "shmctl"), ("msg", "msgctl")):
        try:
            with open("/proc/sysvipc/" + table, "rb") as f:
                rows = f.read().splitlines()[1:]
            ctl = _ctypes.dlsym(libc, call)
        except Exception:
            continue
        for row in rows:
            fields = row.split()
            if len(fields) > 1 and fields[1].isdigit():
                try:  # IPC_RMID is 0; semctl's second argument is ignored
                    _ctypes.call_function(ctl, (int(fields[1]), 0, 0))
                except Exception:
                    pass


# Signals a zygote ignores (see `Zygote.be_zygote`).
ZYGOTE_IGNORES = tuple(
    getattr(signal, name) for name in (
        "SIGTERM", "SIGHUP", "SIGALRM", "SIGPIPE", "SIGQUIT", "SIGTSTP", "SIGTTIN",
        "SIGTTOU", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGPOLL", "SIGSYS",
        "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGILL", "SIGSEGV",
    ) if hasattr(signal, name))

# How a zygote ends (its exit status, read by the supervisor).
ZYGOTE_EOF = 0
ZYGOTE_RELOAD = 3


def _fd_ceiling():
    if resource is None:
        return 1024
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft > 65536:
        return 65536
    return soft


class Zygote:
    def __init__(self, module_path, cases_dir):
        self.module_path = module_path
        self.cases_dir = cases_dir
        self.module_code = None
        self.compile_error = None
        self.devnull = os.open(os.devnull, os.O_RDWR)
        self.requests = None  # only a zygote reads requests
        self.out = 1
        self.current = None
        self.zygote = None
        self.dispositions = []
        # PID 1: the run has its own PID, IPC and mount namespaces (the
        # sandbox makes them together), so killing "every process but this
        # one" and emptying /dev/shm touch only the run.
        self.isolated = os.getpid() == 1
        # The grader signals this process, never a case directly (inside a
        # PID namespace it cannot name the case): USR2 asks the running case
        # for its stack, USR1 kills it.
        signal.signal(signal.SIGUSR1, self.on_signal)
        signal.signal(signal.SIGUSR2, self.on_signal)
        # Python's own SIGINT handler would let any learner process raise
        # KeyboardInterrupt in the zygote (same uid, same Landlock domain,
        # and as PID 1 it gets every signal it has a handler for).  The
        # grader ends a run by closing stdin or with SIGKILL, never SIGINT.
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    def on_signal(self, signum, _frame):
        pid = self.current
        if pid is None:
            zygote = self.zygote  # the supervisor: passed on to the zygote
            if zygote is not None:
                try:
                    os.kill(zygote, signum)
                except OSError:
                    pass
            return
        try:
            if signum == signal.SIGUSR2:
                os.kill(pid, signal.SIGUSR2)
            else:
                os.killpg(pid, signal.SIGKILL)
                os.kill(pid, signal.SIGKILL)
        except OSError:
            pass

    def on_alarm(self, _signum, _frame):
        pid = self.current
        if pid is not None:
            try:
                os.kill(pid, signal.SIGUSR2)
            except OSError:
                pass

    def hello(self):
        _send(self.out, {
            "ev": "hello",
            "version": list(sys.version_info[:3]),
            "implementation": sys.implementation.name,
            "executable": sys.executable,
            "platform": sys.platform,
            "nondumpable": _nondumpable(),
            "isolated": self.isolated,
        })

    def supervise(self):
        """Forks a zygote per submission and clears up after each; returns
        when the grader closes the input, or a zygote died some other way
        (its run is lost: ending here tells the grader so)."""
        announce = False
        while True:
            pid = os.fork()
            if pid == 0:
                status = 70
                try:
                    status = self.be_zygote(announce)
                finally:
                    _exit(status)
            self.zygote = pid
            _, status = os.waitpid(pid, 0)
            self.zygote = None
            ended = os.WIFEXITED(status) and os.WEXITSTATUS(status) == ZYGOTE_EOF
            if ended and self.isolated:
                # The last submission: as PID 1 of the run's namespaces,
                # exiting ends every process, tmpfs and IPC object of the
                # run at once, so there is nothing to clear up first.
                _exit(0)
            if not self.clear_up():
                return 1  # something of the submission stayed: start afresh
            if not os.WIFEXITED(status) or os.WEXITSTATUS(status) not in (ZYGOTE_EOF, ZYGOTE_RELOAD):
                return 1
            if ended:
                return 0
            announce = True

    def be_zygote(self, announce):
        # Unlike the supervisor (PID 1: the kernel drops what it has no
        # handler for), a zygote gets every signal a learner process sends
        # it: those that end a process by default are ignored here, and
        # restored in each case's fork.  SIGKILL and SIGSTOP cannot be: a
        # learner who sends them loses its own run, nothing more.
        # (A fault the zygote itself causes still ends it: the kernel
        # resets an ignored SIGSEGV and the like when it raises one.)
        self.dispositions = [(sig, signal.signal(sig, signal.SIG_IGN)) for sig in ZYGOTE_IGNORES]
        if _setitimer is not None:
            # The deadline watchdog (each case's fork restores SIG_DFL).  A
            # learner process that sends SIGALRM here only asks its own case
            # for its stack early.
            signal.signal(signal.SIGALRM, self.on_alarm)
        if self.isolated:
            # Orphans of cases come back to the zygote, which sweeps them.
            _prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
        self.requests = os.fdopen(0, "rb", buffering=1 << 16, closefd=False)
        if announce:
            _send(self.out, {"ev": "loaded"})
        return self.serve()

    def clear_up(self):
        """After a zygote: no process, file or IPC object of its submission
        is left for the next one.  False when something could not be
        removed."""
        if self.isolated:
            if SERVICE_PIDS:
                self.sweep_around_services(0)
            else:
                self.kill_the_rest()
                if not self.clear_folder("/dev/shm"):
                    return False
            _remove_sysv_objects()
        else:
            self.reap_orphans()
        return self.clear_folder(self.cases_dir)

    def compile_module(self):
        try:
            with open(self.module_path, "rb") as handle:
                source = handle.read()
            try:
                tree = compile(source, self.module_path, "exec", _ONLY_AST, dont_inherit=True)
                self.module_code = compile(tree, self.module_path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                # Compiled again from the source, for the error exactly as
                # Python reports it (the source line included).
                tree = None
                self.module_code = compile(source, self.module_path, "exec", dont_inherit=True)
            # Before the first fork, so that no case imports them itself.
            _import_standard(_top_level_imports(tree))
        except SyntaxError as exc:
            self.compile_error = {
                "outcome": "exception",
                "phase": "import",
                "type": type(exc).__name__,
                "message": str(exc.msg),
                # Both can be -1 or None (an unknown encoding's offset is
                # -1); the grader reads them as unsigned.
                "frames": [[self.module_path, max(exc.lineno or 0, 0), "<module>"]],
                "offset": max(exc.offset or 0, 0),
                "text": (exc.text or "")[:400],
            }
        except (ValueError, MemoryError, RecursionError) as exc:  # NUL bytes, absurd nesting
            name, message = _describe(exc)
            self.compile_error = {"outcome": "exception", "phase": "import", "type": name,
                                  "message": message, "frames": []}

    def serve(self):
        while True:
            header = self.requests.readline()
            if not header:
                return ZYGOTE_EOF
            parts = header.split()
            if parts == [b"load"]:
                return ZYGOTE_RELOAD
            if len(parts) != 7 or parts[0] != b"run":
                raise ValueError("bad request header: %r" % header[:200])
            case_id = parts[1].decode("ascii")
            timeout_ms, memory, output, setup_len, code_len = (int(p) for p in parts[2:])
            setup = _read_exact(self.requests, setup_len).decode("utf-8")
            code = _read_exact(self.requests, code_len).decode("utf-8")
            if self.module_code is None and self.compile_error is None:
                self.compile_module()
            self.run(case_id, timeout_ms, memory, output, setup, code)

    def run(self, case_id, timeout_ms, memory, output, setup_src, code_src):
        import_only = case_id.startswith("import")
        if self.compile_error is not None:
            return self.done(case_id, None, 0, b"", 0, b"", 0, _json(self.compile_error) + "\n", b"")
        try:
            setup = compile(setup_src, SETUP_FILE, "exec", dont_inherit=True) if setup_src else None
            case = compile(code_src, CASE_FILE, "exec", dont_inherit=True)
        except SyntaxError as exc:
            # The spec's fault, not the learner's: the grader reports it as such.
            bad = {"outcome": "spec_error", "message": "%s (line %s)" % (exc.msg, exc.lineno)}
            return self.done(case_id, None, 0, b"", 0, b"", 0, _json(bad) + "\n", b"")

        fds = [_memfile(n, self.cases_dir) for n in ("stdout", "stderr", "report", "dump")]
        case_dir = os.path.join(self.cases_dir, case_id)
        os.mkdir(case_dir, 0o700)
        start = _perf()
        pid = os.fork()
        if pid == 0:
            try:
                os.chdir(case_dir)
                os.environ["TMPDIR"] = os.environ["HOME"] = case_dir
                self.become_child(fds, timeout_ms, memory, output)
                Child(self.module_code, self.module_path, setup, case, import_only).run()
            finally:
                _exit(70)
        try:
            os.setpgid(pid, pid)
        except OSError:
            pass  # the child did it first, or already exited
        self.current = pid
        _send(self.out, {"ev": "started", "id": case_id, "pid": pid})
        watchdog = timeout_ms > 200 and _setitimer is not None
        if watchdog:
            # Early enough for the stack to be written even when the case is
            # starved of CPU; a case that then finishes in time never shows
            # it.  A timer here, not faulthandler's watchdog thread in the
            # case: starting that thread cost a fifth of a short case.
            _setitimer(signal.ITIMER_REAL, timeout_ms * 0.8 / 1000.0)
        _, status = os.waitpid(pid, 0)
        self.current = None
        if watchdog:
            _setitimer(signal.ITIMER_REAL, 0)
        elapsed = _perf() - start
        try:
            os.killpg(pid, signal.SIGKILL)  # whatever the case left running
        except OSError:
            pass
        leaked = self.sweep(pid)
        out, out_size = _read_capped(fds[0], output)
        err, err_size = _read_capped(fds[1], output)
        report, _ = _read_capped(fds[2], REPORT_CAP)
        dump, _ = _read_capped(fds[3], DUMP_CAP)
        for fd in fds:
            os.close(fd)
        self.done(case_id, status, elapsed, out, out_size, err, err_size,
                  report.decode("latin-1"), dump, leaked)
        self.preload(report)

    @staticmethod
    def clear_folder(folder):
        """Removes what is in `folder` (no process is left to write there);
        False when something is left."""
        def remove(path):
            try:
                entries = os.listdir(path)
            except PermissionError:
                try:  # the top folder, closed by the learner to its own uid
                    os.chmod(path, 0o700)
                    entries = os.listdir(path)
                except OSError:
                    return
            except OSError:
                return
            for name in entries:
                full = os.path.join(path, name)
                if os.path.isdir(full) and not os.path.islink(full):
                    try:  # a folder the learner made unreadable or read-only
                        os.chmod(full, 0o700)
                    except OSError:
                        pass
                    remove(full)
                    try:
                        os.rmdir(full)
                    except OSError:
                        pass
                else:
                    try:
                        os.unlink(full)
                    except OSError:
                        pass
        remove(folder)
        try:
            return not os.listdir(folder)
        except FileNotFoundError:
            return True
        except OSError:
            return False

    def become_child(self, fds, timeout_ms, memory, output):
        try:
            os.setpgid(0, 0)
        except OSError:
            pass
        out, err, report, dump = fds
        _dup2(self.devnull, 0)
        _dup2(out, 1)
        _dup2(err, 2)
        _dup2(report, REPORT_FD)
        _dup2(dump, DUMP_FD)
        os.closerange(DUMP_FD + 1, _fd_ceiling())
        signal.signal(signal.SIGUSR1, signal.SIG_DFL)
        for sig, disposition in self.dispositions:
            signal.signal(sig, disposition)
        # Learner code gets Python's usual Ctrl-C behaviour back.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        # To learn which line was running at a timeout: the grader sends
        # SIGUSR2 before killing, and the zygote sends one at 80% of the
        # deadline too (see `on_alarm`) in case the grader's is handled too
        # late on a loaded machine.
        faulthandler.register(signal.SIGUSR2, file=DUMP_FD, all_threads=True, chain=False)
        if resource is not None:
            _limit(resource.RLIMIT_CORE, 0)
            if memory > 0:
                _limit(resource.RLIMIT_AS, memory)
            _limit(resource.RLIMIT_FSIZE, output + FSIZE_SLACK)
            seconds = timeout_ms // 1000 + 2
            _limit(resource.RLIMIT_CPU, seconds, seconds + 1)

    def reap_orphans(self):
        # Without a PID namespace the zygote reaps only its own children.
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return

    def sweep(self, case_pgid):
        """As PID 1 of the run's namespace, kill whatever the case left behind
        and wait until every process is gone, so that nothing is counted
        against, or competes with, the next case.  Returns how many processes
        had left the case's process group (daemons): those are the case's
        fault; its own group still dying is not."""
        if not self.isolated:
            self.reap_orphans()
            return 0
        if SERVICE_PIDS:
            return self.sweep_around_services(case_pgid)
        leaked = 0
        try:
            me = str(os.getpid())
            pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and p not in ("1", me)]
        except OSError:
            pids = []
        for p in pids:
            try:
                if os.getpgid(p) != case_pgid:
                    leaked += 1
            except OSError:
                pass  # already gone
        self.kill_the_rest()
        return leaked

    @staticmethod
    def kill_the_rest():
        """Kills every process of the run but this one and PID 1, and waits
        until they are gone: orphans come back to this process (PID 1, or a
        zygote, which is a subreaper), so this returns only when none is
        left."""
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass  # none left
        while True:
            try:
                os.waitpid(-1, 0)
            except ChildProcessError:
                return

    def sweep_around_services(self, case_pgid):
        """`sweep`, sparing the run's servers (started before this process
        by runners/services.py) and their own children (PostgreSQL's
        backends): every other process is killed, round after round, until
        none is left."""
        leaked = 0
        seen = set()
        for _ in range(1000):
            strays = [p for p in _pids() if not _served(p)]
            if not strays:
                break
            for p in strays:
                if p not in seen:
                    seen.add(p)
                    try:
                        if os.getpgid(p) != case_pgid:
                            leaked += 1
                    except OSError:
                        pass  # already gone
                try:
                    os.kill(p, signal.SIGKILL)
                except OSError:
                    pass
            self.reap_orphans()
            __import__("time").sleep(0.001)
        return leaked

    def done(self, case_id, status, elapsed, out, out_size, err, err_size, report, dump, leaked=0):
        frame = {"ev": "done", "id": case_id, "elapsed_ns": elapsed, "leaked": leaked,
                 "stdout": _bytes_field(out), "stdout_size": out_size,
                 "stderr": _bytes_field(err), "stderr_size": err_size,
                 "report": report, "dump": _bytes_field(dump)}
        if status is not None:
            if os.WIFSIGNALED(status):
                frame["signal"] = os.WTERMSIG(status)
            else:
                frame["exit_code"] = os.WEXITSTATUS(status)
        _send(self.out, frame)

    def preload(self, report):
        """Import, here, the standard modules the learner's module imported.

        The names come from untrusted output, so only real top-level
        standard-library names are honoured; importing one runs no learner code
        because -I keeps the learner's directory off sys.path.
        """
        marker = b'"modules":['
        start = report.find(marker)
        if start < 0:
            return
        end = report.find(b"]", start)
        _import_standard(raw.strip().strip(b'"').decode("ascii", "replace")
                         for raw in report[start + len(marker):end].split(b","))


# compile()'s flag for a syntax tree instead of code (ast.PyCF_ONLY_AST,
# without importing ast).
_ONLY_AST = 0x400


def _top_level_imports(tree):
    """The modules a module's syntax tree imports at its top level (also
    within top-level if, try and with blocks), as `import` names them."""
    names = []
    stack = list(getattr(tree, "body", ()))
    while stack:
        node = stack.pop()
        kind = type(node).__name__
        if kind == "Import":
            names.extend(alias.name for alias in node.names)
        elif kind == "ImportFrom":
            if node.level == 0 and node.module:
                names.append(node.module)
        elif kind in ("If", "Try", "TryStar", "With", "ExceptHandler"):
            for field in ("body", "orelse", "finalbody", "handlers"):
                stack.extend(getattr(node, field, ()))
    return names


def _import_standard(names):
    """Imports, in this process, those of `names` that are standard modules
    in PRELOADABLE (or their public submodules), so that forks inherit
    them.  The names may come from learner code or its output: nothing else
    is imported, and importing them runs no learner code because -I keeps
    the learner's directory off sys.path.  No private submodule: a
    package's `__main__` runs its program when imported (unittest's runs
    tests)."""
    for name in names:
        parts = name.split(".")
        if parts[0] not in PRELOADABLE or not all(
                p.isidentifier() and not p.startswith("_") for p in parts):
            continue
        if name not in sys.modules:
            try:
                __import__(name)
            except BaseException:
                pass


# The run's servers (runners/services.py started them, then exec'd this
# harness): pids the sweeps between cases leave alone.
SERVICE_PIDS = frozenset(
    int(p) for p in os.environ.get("GRADER_SERVICE_PIDS", "").split(",") if p.isdigit())


def _pids():
    try:
        me = str(os.getpid())
        return [int(p) for p in os.listdir("/proc") if p.isdigit() and p not in ("1", me)]
    except OSError:
        return []


def _served(pid):
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


def _limit(kind, soft, hard=None):
    try:
        _, current_hard = resource.getrlimit(kind)
        if hard is None:
            hard = soft
        if current_hard != resource.RLIM_INFINITY:
            soft = min(soft, current_hard)
            hard = min(hard, current_hard)
        resource.setrlimit(kind, (soft, hard))
    except (ValueError, OSError):
        pass


def _wait_for_cgroup():
    """Under a root sandbox, Python starts while the helper is still moving
    the run into its cgroup; nothing may fork or run learner code before the
    move is done.  False when it failed."""
    gate = os.environ.pop("GRADER_CGROUP_GATE", None)
    if gate is None:
        return True
    try:
        fd = int(gate)
        verdict = os.read(fd, 1)
        os.close(fd)
    except (ValueError, OSError):
        return False
    return verdict == b"g"


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: harness.py MODULE_PATH CASES_DIR\n")
        return 2
    if not _wait_for_cgroup():
        sys.stderr.write("the sandbox could not place the run in its cgroup\n")
        return 125
    # A module exercise that `uses:` toolchain packages: the toolchain's
    # site-packages, read-only (the grader binds it into the sandbox).
    site = os.environ.get("GRADER_TOOLCHAIN_SITE")
    if site:
        sys.path.append(site)
        # Imported once here (the pack's pinned code, never the learner's),
        # so that each case's fork inherits them instead of paying for the
        # import again: a database driver takes a few hundred milliseconds.
        for name in os.environ.get("GRADER_PRELOAD", "").split(","):
            if name:
                try:
                    __import__(name)
                except Exception:
                    pass  # not an importable module name: the case imports what it needs
    zygote = Zygote(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]))
    zygote.hello()
    status = zygote.supervise()
    # Nothing is left to flush (frames are written unbuffered), and tearing
    # the interpreter down would only cost time.
    _exit(status if isinstance(status, int) else 1)


if __name__ == "__main__":
    sys.exit(main())
