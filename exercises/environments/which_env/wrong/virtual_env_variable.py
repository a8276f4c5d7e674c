# Trusts VIRTUAL_ENV, which only activation sets.
import os
import sys
import sysconfig


def describe():
    return {
        "virtual": "VIRTUAL_ENV" in os.environ,
        "prefix": sys.prefix,
        "base_prefix": sys.base_prefix,
        "site_packages": sysconfig.get_paths()["purelib"],
    }


def python_in(env_dir):
    return os.path.join(env_dir, "bin", "python")
