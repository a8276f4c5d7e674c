import os
import shutil
import subprocess


def activated(env_dir, environ):
    new = dict(environ)
    venv = os.path.abspath(env_dir)
    new["VIRTUAL_ENV"] = venv
    bin_dir = os.path.join(venv, "bin")
    old = new.get("PATH")
    new["PATH"] = bin_dir + os.pathsep + old if old else bin_dir
    new.pop("PYTHONHOME", None)
    return new


def run_in(env_dir, argv, environ=None):
    env = activated(env_dir, os.environ if environ is None else environ)
    exe = shutil.which(argv[0]) or argv[0]
    return subprocess.run([exe, *argv[1:]], env=env, capture_output=True, text=True)
