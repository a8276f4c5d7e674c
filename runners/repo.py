"""The Python side of `grader` for repo exercises: inspects a copy of a git
repository inside the sandbox, with the real git, and reports facts.

Started by the grader as `python -I -S -u repo.py REQUEST_JSON`, with an
empty private working folder as its cwd.  REQUEST_JSON names the read-only
repository folder, the git binary and its exec-path, the commands to replay
first (the pack's own solutions only) and the probes: what to look up for
each check (a ref's log, a file at a ref, the status...).  It never holds
an expected value: the grader compares everything in Rust.

Steps:
  1. copy the repository (links copied as links, never followed) to ./repo;
  2. replace .git/config with a fresh one that keeps only the repository
     format (object format, ref storage): nothing the learner configured
     (fsmonitor, pager, aliases, filters, hooksPath, includes, worktree)
     survives; drop .git/hooks;
  3. run each replay step, in order; stop at the first that misbehaves;
  4. answer each probe.

Every git command runs with a fixed environment (no system or global
config, no replace objects, no editor, no pager, no prompts) and options
that turn hooks, fsmonitor and every transport off, with stdin closed and
a deadline.  The report goes to fd 1, which no git command inherits; one
JSON object:
    {"setup": null | "why", "replay": [...], "probes": [...]}
"""

import json
import os
import shutil
import subprocess
import sys

try:
    import resource
except ImportError:  # pragma: no cover - not Unix
    resource = None

OUT = os.fdopen(os.dup(1), "w", encoding="ascii", buffering=1)
STEP_TIMEOUT = 60
CAP = 1 << 20


def no_dumping():
    """Not dumpable: other processes of the run cannot open /proc/<us>/fd/1."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE, 0
    except Exception:
        pass


def text(data):
    return data[:CAP].decode("utf-8", "replace")


class Git:
    def __init__(self, req, repo):
        self.git = req["git"]
        self.repo = repo
        home = os.path.abspath("home")
        os.makedirs(home, exist_ok=True)
        name, email = req["identity"]
        date = "@%d +0000" % req["date"]
        self.env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "GIT_EXEC_PATH": req["exec_path"],
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_ATTR_NOSYSTEM": "1",
            "GIT_NO_REPLACE_OBJECTS": "1",
            "GIT_GRAFT_FILE": "/dev/null",
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_EDITOR": ":",
            "GIT_SEQUENCE_EDITOR": ":",
            "GIT_PAGER": "cat",
            "PAGER": "cat",
            "GIT_MERGE_AUTOEDIT": "no",
            "GIT_ALLOW_PROTOCOL": "",
            "GIT_PROTOCOL_FROM_USER": "0",
            "GIT_AUTHOR_NAME": name,
            "GIT_AUTHOR_EMAIL": email,
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": name,
            "GIT_COMMITTER_EMAIL": email,
            "GIT_COMMITTER_DATE": date,
        }
        memory = req["memory"]

        def limits():
            # Each git command: its own address space and CPU time.
            if resource is None:
                return
            for kind, value in ((resource.RLIMIT_AS, memory),
                                (resource.RLIMIT_CPU, STEP_TIMEOUT),
                                (resource.RLIMIT_CORE, 0)):
                try:
                    resource.setrlimit(kind, (value, value))
                except (ValueError, OSError):
                    pass

        self.limits = limits
        self.hardening = [
            "--no-pager",
            "-c", "core.hooksPath=/dev/null",
            "-c", "core.fsmonitor=false",
            "-c", "core.untrackedCache=false",
            "-c", "core.pager=cat",
            "-c", "core.editor=:",
            "-c", "sequence.editor=:",
            "-c", "core.attributesFile=/dev/null",
            "-c", "core.sshCommand=false",
            "-c", "protocol.allow=never",
            "-c", "gc.auto=0",
            "-c", "maintenance.auto=false",
            "-c", "commit.gpgSign=false",
            "-c", "tag.gpgSign=false",
            "-c", "safe.directory=*",
            "-c", "color.ui=false",
            "-c", "advice.graftFileDeprecated=false",
        ]

    def run(self, args, check=False):
        proc = subprocess.run(
            [self.git] + self.hardening + args,
            cwd=self.repo, env=self.env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            close_fds=True, timeout=STEP_TIMEOUT, preexec_fn=self.limits,
        )
        if check and proc.returncode != 0:
            raise RuntimeError(text(proc.stderr).strip() or "git %s failed" % args[0])
        return proc

    def commit_of(self, ref):
        proc = self.run(["rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"])
        return proc.stdout.decode().strip() if proc.returncode == 0 else None


def copy_repo(src, dst):
    """Copies the repository; symbolic links are copied as links."""
    shutil.copytree(src, dst, symlinks=True)
    git_dir = os.path.join(dst, ".git")
    if os.path.islink(git_dir) or not os.path.isdir(git_dir):
        raise RuntimeError("the folder has no .git folder (is it a git repository?)")
    for sub in ("objects", "refs", "refs/heads", "refs/tags"):
        os.makedirs(os.path.join(git_dir, sub), exist_ok=True)
    return git_dir


def fresh_config(git, git_dir):
    """Keeps only the repository format from the learner's config."""
    old = os.path.join(git_dir, "config")
    kept = []
    if os.path.isfile(old) and not os.path.islink(old):
        proc = git.run(["config", "--file", old, "--no-includes", "--list"])
        for line in proc.stdout.decode("utf-8", "replace").splitlines():
            key, _, value = line.partition("=")
            key = key.lower()
            if key == "core.repositoryformatversion" or key in (
                "extensions.objectformat", "extensions.refstorage",
            ):
                kept.append((key, value))
    for name in ("config", "config.worktree", "commondir", "hooks", "info/attributes",
                 "objects/info/alternates", "objects/info/http-alternates", "info/grafts"):
        path = os.path.join(git_dir, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        elif os.path.lexists(path):
            os.remove(path)
    lines = ["[core]", "\trepositoryformatversion = 0", "\tbare = false",
             "\tfilemode = false", "\tlogallrefupdates = true"]
    extensions = [(k.split(".", 1)[1], v) for k, v in kept if k.startswith("extensions.")]
    version = dict(kept).get("core.repositoryformatversion", "0")
    if extensions or version == "1":
        lines[1] = "\trepositoryformatversion = 1"
        lines.append("[extensions]")
        lines += ["\t%s = %s" % (k, v) for k, v in extensions if v.isalnum()]
    with open(os.path.join(git_dir, "config"), "w") as f:
        f.write("\n".join(lines) + "\n")


def replay(git, steps):
    done = []
    for i, step in enumerate(steps):
        kind = step["do"]
        if kind == "git":
            proc = git.run(step["argv"])
            ok = proc.returncode == step["exit"]
            done.append({"index": i, "ok": ok, "exit": proc.returncode,
                         "output": text(proc.stderr + proc.stdout)[-4000:]})
        else:
            path = os.path.join(git.repo, step["path"])
            try:
                if kind == "write":
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(step["content"])
                else:
                    os.remove(path)
                done.append({"index": i, "ok": True, "exit": 0, "output": ""})
            except OSError as e:
                done.append({"index": i, "ok": False, "exit": -1, "output": str(e)})
        if not done[-1]["ok"]:
            break
    return done


def log(git, ref, first_parent):
    if git.commit_of(ref) is None:
        return {"missing": True}
    args = ["log", "--no-color", "--reverse", "--format=%P%x1f%an%x1f%s%x1f%b%x1e"]
    if first_parent:
        args.append("--first-parent")
    proc = git.run(args + ["--end-of-options", ref, "--"], check=True)
    commits = []
    for rec in proc.stdout.decode("utf-8", "replace").split("\x1e"):
        rec = rec.strip("\n")
        if not rec:
            continue
        parents, _, rest = rec.partition("\x1f")
        author, _, rest = rest.partition("\x1f")
        subject, _, body = rest.partition("\x1f")
        commits.append({"parents": len(parents.split()), "author": author, "subject": subject,
                        "body": body[:4096]})
    return {"missing": False, "commits": commits}


def ancestor(git, a, b):
    if git.commit_of(a) is None or git.commit_of(b) is None:
        return {"missing": True}
    proc = git.run(["merge-base", "--is-ancestor", "--end-of-options", a, b])
    return {"missing": False, "yes": proc.returncode == 0}


def show(git, ref, path):
    if ref is None:
        full = os.path.join(git.repo, path)
        try:
            fd = os.open(full, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return {"missing": False, "exists": False}
        with os.fdopen(fd, "rb") as f:
            return {"missing": False, "exists": True, "content": text(f.read(CAP + 1))}
    if git.commit_of(ref) is None:
        return {"missing": True}
    proc = git.run(["cat-file", "-p", "--end-of-options", "%s:%s" % (ref, path)])
    if proc.returncode != 0:
        return {"missing": False, "exists": False}
    return {"missing": False, "exists": True, "content": text(proc.stdout)}


MARKERS = r"^(<<<<<<<|>>>>>>>)( |$)|^=======$"


def markers(git, ref):
    """Conflict markers in the working tree, or in any commit reachable from
    a ref: a conflict committed and fixed later was still committed."""
    if ref == "worktree":
        proc = git.run(["grep", "-I", "-n", "--untracked", "-E", "-e", MARKERS, "--"])
        return {"missing": False, "found": [":".join(l.split(":", 2)[:2]) for l in lines_of(proc)]}
    tip = git.commit_of(ref)
    if tip is None:
        return {"missing": True}
    listed = git.run(["rev-list", "--max-count=500", "--end-of-options", tip, "--"], check=True)
    commits = listed.stdout.decode().split()
    proc = git.run(["grep", "-I", "-n", "-E", "-e", MARKERS] + commits + ["--"])
    found = []
    for line in lines_of(proc):
        # commit:path:line:text
        commit, path, number = (line.split(":", 3) + ["", ""])[:3]
        where = path + ":" + number
        found.append(where if commit == tip else "%s in commit %s" % (where, commit[:7]))
        if len(found) >= 50:
            break
    return {"missing": False, "found": sorted(set(found), key=found.index)}


def lines_of(proc):
    return proc.stdout.decode("utf-8", "replace").splitlines()[:200]


STATES = [
    ("MERGE_HEAD", "a merge"),
    ("rebase-merge", "a rebase"),
    ("rebase-apply", "a rebase or am"),
    ("CHERRY_PICK_HEAD", "a cherry-pick"),
    ("REVERT_HEAD", "a revert"),
    ("BISECT_LOG", "a bisect"),
]


def status(git):
    proc = git.run(["status", "--porcelain=v1", "--untracked-files=all", "--ignore-submodules=none"],
                   check=True)
    changes = proc.stdout.decode("utf-8", "replace").splitlines()[:50]
    git_dir = os.path.join(git.repo, ".git")
    busy = [what for name, what in STATES if os.path.lexists(os.path.join(git_dir, name))]
    return {"missing": False, "changes": changes, "in_progress": busy}


def tag(git, name):
    ref = "refs/tags/" + name
    if git.commit_of(ref) is None:
        return {"missing": True}
    proc = git.run(["log", "-1", "--no-color", "--format=%s", "--end-of-options", ref + "^{commit}", "--"],
                   check=True)
    return {"missing": False, "subject": proc.stdout.decode("utf-8", "replace").strip("\n")}


def head(git):
    proc = git.run(["symbolic-ref", "--quiet", "--short", "HEAD"])
    if proc.returncode != 0:
        return {"missing": False, "branch": None}
    return {"missing": False, "branch": proc.stdout.decode("utf-8", "replace").strip()}


def probe(git, p):
    what = p["what"]
    if what == "log":
        return log(git, p["ref"], p["first_parent"])
    if what == "ancestor":
        return ancestor(git, p["a"], p["b"])
    if what == "show":
        return show(git, p["ref"], p["path"])
    if what == "markers":
        return markers(git, p["ref"])
    if what == "status":
        return status(git)
    if what == "tag":
        return tag(git, p["name"])
    if what == "head":
        return head(git)
    raise RuntimeError("unknown probe %r" % what)


def main():
    no_dumping()
    with open(sys.argv[1], encoding="utf-8") as f:
        req = json.load(f)
    report = {"setup": None, "replay": [], "probes": []}
    try:
        repo = os.path.abspath("repo")
        git_dir = copy_repo(req["repo"], repo)
        git = Git(req, repo)
        fresh_config(git, git_dir)
    except (OSError, RuntimeError, shutil.Error, subprocess.SubprocessError) as e:
        report["setup"] = "cannot copy the repository: %s" % e
        OUT.write(json.dumps(report, ensure_ascii=True) + "\n")
        return
    report["replay"] = replay(git, req["replay"])
    if report["replay"] and not report["replay"][-1]["ok"]:
        OUT.write(json.dumps(report, ensure_ascii=True) + "\n")
        return
    for p in req["probes"]:
        try:
            result = probe(git, p)
        except (OSError, RuntimeError, subprocess.SubprocessError) as e:
            result = {"error": str(e)[-2000:]}
        report["probes"].append(result)
    OUT.write(json.dumps(report, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
