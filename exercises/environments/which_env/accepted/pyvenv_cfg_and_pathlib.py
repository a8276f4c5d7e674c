# Looks for the pyvenv.cfg that marks a venv, and builds paths with pathlib.
import sys
import sysconfig
from pathlib import Path


def describe():
    prefix = Path(sys.prefix)
    return {
        "virtual": (prefix / "pyvenv.cfg").is_file() and sys.prefix != sys.base_prefix,
        "prefix": str(prefix),
        "base_prefix": sys.base_prefix,
        "site_packages": sysconfig.get_path("purelib"),
    }


def python_in(env_dir):
    return str(Path(env_dir) / "bin" / "python")
