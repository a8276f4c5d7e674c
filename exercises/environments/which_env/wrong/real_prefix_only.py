# Only the legacy virtualenv marker: venv never sets sys.real_prefix.
import os
import sys
import sysconfig


def describe():
    return {
        "virtual": hasattr(sys, "real_prefix"),
        "prefix": sys.prefix,
        "base_prefix": sys.base_prefix,
        "site_packages": sysconfig.get_paths()["purelib"],
    }


def python_in(env_dir):
    return os.path.join(env_dir, "bin", "python")
