import os
import subprocess


def activated(env_dir, environ):
    env = dict(environ)
    venv = os.path.abspath(env_dir)
    env["VIRTUAL_ENV"] = venv
    bin_dir = os.path.join(venv, "bin")
    old = env.get("PATH")
    env["PATH"] = bin_dir + os.pathsep + old if old else bin_dir
    env.pop("PYTHONHOME", None)
    return env


def run_in(env_dir, argv, environ=None):
    env = activated(env_dir, os.environ if environ is None else environ)
    import shutil
    exe = shutil.which(argv[0], path=env["PATH"]) or argv[0]
    return subprocess.run([exe, *argv[1:]], env=env, capture_output=True, text=True)
