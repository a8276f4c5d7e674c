import os
import shutil
import subprocess


def activated(env_dir, environ):
    new = dict(environ)
    venv = os.path.realpath(env_dir)
    bin_dir = os.path.join(venv, "bin")
    new["VIRTUAL_ENV"] = venv
    old = environ.get("PATH", "")
    new["PATH"] = bin_dir + os.pathsep + old if old else bin_dir
    new.pop("PYTHONHOME", None)
    return new


def run_in(env_dir, argv, environ=None):
    env = activated(env_dir, os.environ if environ is None else environ)
    argv = list(argv)
    found = shutil.which(argv[0], path=env["PATH"])
    if found is not None:
        argv[0] = found
    return subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
