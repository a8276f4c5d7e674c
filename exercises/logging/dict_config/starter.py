"""Logging set up once, with logging.config.dictConfig: see `grader show logging/dict_config`."""

import logging
import logging.config
import sys


def configure(stream=None, audit_stream=None, level="INFO"):
    """Configure logging for the application; safe to call again."""
    raise NotImplementedError("write configure() with logging.config.dictConfig")
