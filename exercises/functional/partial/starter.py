"""Partial application: see `grader show functional/partial`."""


class Partial:
    def __init__(self, func, /, *args, **keywords):
        """Freeze args and keywords of func."""
        raise NotImplementedError("write Partial.__init__()")

    def __call__(self, /, *args, **keywords):
        """Call func with the frozen and the new arguments."""
        raise NotImplementedError("write Partial.__call__()")

    def __repr__(self):
        """Partial(<repr of func>, <args>, <name=value>...)"""
        raise NotImplementedError("write Partial.__repr__()")
