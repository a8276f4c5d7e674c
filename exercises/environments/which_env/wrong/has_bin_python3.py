# "A venv has bin/python3": so does every POSIX installation.
import os
import sys
import sysconfig


def describe():
    return {
        "virtual": os.path.exists(os.path.join(sys.prefix, "bin", "python3")),
        "prefix": sys.prefix,
        "base_prefix": sys.base_prefix,
        "site_packages": sysconfig.get_paths()["purelib"],
    }


def python_in(env_dir):
    return os.path.join(env_dir, "bin", "python")
