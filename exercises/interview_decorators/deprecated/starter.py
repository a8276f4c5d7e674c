"""A deprecation decorator: see `grader show interview_decorators/deprecated`."""

import functools
import warnings


def deprecated(reason=None, *, since=None):
    """Mark a function as deprecated: @deprecated, @deprecated(), @deprecated("why", since="2.0")."""
    raise NotImplementedError("write deprecated()")
