# Also copes with interpreters so old they lack base_prefix (virtualenv < 20).
import os
import sys
import sysconfig


def describe():
    base = getattr(sys, "base_prefix", getattr(sys, "real_prefix", sys.prefix))
    return dict(
        virtual=base != sys.prefix,
        prefix=sys.prefix,
        base_prefix=base,
        site_packages=sysconfig.get_paths(vars={"base": sys.prefix, "platbase": sys.prefix})["purelib"],
    )


def python_in(env_dir):
    return f"{env_dir}{os.sep}bin{os.sep}python"
