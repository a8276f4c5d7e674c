# The base installation's site-packages, not the environment's.
import os
import sys
import sysconfig


def describe():
    return {
        "virtual": sys.prefix != sys.base_prefix,
        "prefix": sys.prefix,
        "base_prefix": sys.base_prefix,
        "site_packages": sysconfig.get_paths(vars={"base": sys.base_prefix})["purelib"],
    }


def python_in(env_dir):
    return os.path.join(env_dir, "bin", "python")
