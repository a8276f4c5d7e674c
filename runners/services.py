"""Starts a run's servers inside its sandbox, then becomes the run's driver.

Started by the grader as
    python -I -S -u services.py REQUEST_JSON -- PROGRAM ARGS...
as the first process of the run (PID 1 of its namespace).  REQUEST_JSON
(written by src/services/) lists the servers: the program and argv to start,
its folder and log in the run's private tmpfs, and how to tell it accepts
connections; and the connection settings for the run's code.

For each server: fork, start a new session, send its output to its log, exec.
Then poll until every server is ready (or one exits, or time runs out).  On
success: one line on fd 1,
    {"ev":"services","ok":true,"ms":{"postgres":57}}
the connection settings and GRADER_SERVICE_PIDS (the servers' pids, which the
driver's sweeps between cases leave alone) go into the environment, and this
process execs PROGRAM, which keeps its pid and the servers as its children.
On failure: the servers started are killed, one line
    {"ev":"services","ok":false,"why":"..."}
and exit 0: the grader reports the cases as not graded.

Nothing of the learner's has run yet: the run's code starts only after the exec.
"""

import json
import os
import signal
import socket
import sys
import time

POLL = 0.003


def send(frame):
    data = (json.dumps(frame, ensure_ascii=True) + "\n").encode("ascii")
    while data:
        data = data[os.write(1, data):]


def start(service):
    os.makedirs(service["dir"], 0o700, exist_ok=True)
    os.makedirs(service["sockets"], 0o700, exist_ok=True)
    log = os.open(service["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    devnull = os.open(os.devnull, os.O_RDONLY)
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            os.dup2(devnull, 0)
            os.dup2(log, 1)
            os.dup2(log, 2)
            os.closerange(3, 1 << 16)
            os.chdir(service["dir"])
            os.execv(service["program"], service["argv"])
        finally:
            os._exit(127)
    os.close(log)
    os.close(devnull)
    return pid


def ready(check):
    if check["kind"] == "pid_file":
        # PostgreSQL: line 8 of postmaster.pid says "ready" once it accepts
        # connections (the socket exists earlier, while it starts up).
        try:
            with open(check["path"]) as f:
                lines = f.read().split("\n")
        except OSError:
            return False
        return len(lines) > 7 and lines[7].strip() == "ready"
    if check["kind"] == "ping":
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(1.0)
        try:
            s.connect(check["socket"])
            s.sendall(b"PING\r\n")
            return s.recv(64).startswith(b"+PONG")
        except OSError:
            return False
        finally:
            s.close()
    return False


def tail(path, lines=3):
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 4096))
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return ""
    kept = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
    return " / ".join(kept)


def exited(pid):
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done != 0


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.stderr.write("usage: services.py REQUEST_JSON -- PROGRAM ARGS...\n")
        return 2
    with open(sys.argv[1], "rb") as f:
        request = json.load(f)
    program = sys.argv[3:]
    deadline = time.monotonic() + request["timeout_ms"] / 1000.0
    started = []
    ms = {}
    why = None
    for service in request["services"]:
        t0 = time.monotonic()
        try:
            pid = start(service)
        except OSError as e:
            why = "%s: %s" % (service["name"], e.strerror or e)
            break
        started.append(pid)
        while not ready(service["ready"]):
            if exited(pid):
                why = "%s exited: %s" % (service["name"], tail(service["log"]) or "no output")
                break
            if time.monotonic() > deadline:
                why = "%s was not ready within %d s: %s" % (
                    service["name"], request["timeout_ms"] // 1000,
                    tail(service["log"]) or "no output")
                break
            time.sleep(POLL)
        if why:
            break
        ms[service["name"]] = int((time.monotonic() - t0) * 1000)
    if why:
        for pid in started:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        send({"ev": "services", "ok": False, "why": why[:1000]})
        return 0
    for key, value in request["env"]:
        os.environ[key] = value
    os.environ["GRADER_SERVICE_PIDS"] = ",".join(str(p) for p in started)
    send({"ev": "services", "ok": True, "ms": ms})
    os.execv(program[0], program)


if __name__ == "__main__":
    sys.exit(main())
