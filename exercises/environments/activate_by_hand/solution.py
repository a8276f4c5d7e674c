import os
import subprocess


def activated(env_dir, environ):
    env = dict(environ)
    root = os.path.abspath(env_dir)
    bin_dir = os.path.join(root, "bin")
    env["VIRTUAL_ENV"] = root
    old = env.get("PATH", "")
    env["PATH"] = bin_dir + os.pathsep + old if old else bin_dir
    env.pop("PYTHONHOME", None)
    return env


def run_in(env_dir, argv, environ=None):
    base = os.environ if environ is None else environ
    return subprocess.run(
        list(argv),
        env=activated(env_dir, base),
        capture_output=True,
        text=True,
    )
