# Resolves argv[0] with shutil.which on the activated PATH, then runs it.
import os
import shutil
import subprocess


def activated(env_dir, environ):
    new = dict(environ)
    new.pop("PYTHONHOME", None)
    new["VIRTUAL_ENV"] = os.path.abspath(env_dir)
    bin_dir = os.path.join(new["VIRTUAL_ENV"], "bin")
    new["PATH"] = os.pathsep.join(p for p in (bin_dir, environ.get("PATH", "")) if p)
    return new


def run_in(env_dir, argv, environ=None):
    env = activated(env_dir, os.environ if environ is None else environ)
    program = shutil.which(argv[0], path=env["PATH"]) or argv[0]
    return subprocess.run([program, *argv[1:]], env=env, capture_output=True, text=True)
