# pathlib for the paths, Popen and communicate for the run.
import os
import subprocess
from pathlib import Path


def activated(env_dir, environ):
    root = Path(os.path.abspath(env_dir))
    result = {k: v for k, v in environ.items() if k != "PYTHONHOME"}
    result["VIRTUAL_ENV"] = str(root)
    parts = [str(root / "bin")]
    if environ.get("PATH"):
        parts.append(environ["PATH"])
    result["PATH"] = os.pathsep.join(parts)
    return result


def run_in(env_dir, argv, environ=None):
    env = activated(env_dir, dict(os.environ) if environ is None else environ)
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            universal_newlines=True)
    out, err = proc.communicate()
    return subprocess.CompletedProcess(list(argv), proc.returncode, out, err)
