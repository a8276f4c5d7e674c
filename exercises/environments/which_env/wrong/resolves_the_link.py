# Resolves the link: the base interpreter, which is not inside the environment.
import os
import sys
import sysconfig


def describe():
    return {
        "virtual": sys.prefix != sys.base_prefix,
        "prefix": sys.prefix,
        "base_prefix": sys.base_prefix,
        "site_packages": sysconfig.get_paths()["purelib"],
    }


def python_in(env_dir):
    return os.path.realpath(os.path.join(env_dir, "bin", "python"))
