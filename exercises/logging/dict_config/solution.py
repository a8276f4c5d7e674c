"""Logging set up once, with logging.config.dictConfig."""

import logging
import logging.config
import sys

# A library never configures logging: it gives its logger a NullHandler so
# that, until the application configures logging, its records go nowhere
# (instead of to logging's "last resort" handler on stderr).
logging.getLogger("shoplib").addHandler(logging.NullHandler())


def configure(stream=None, audit_stream=None, level="INFO"):
    """Configure logging for the application; safe to call again."""
    # dictConfig replaces the handlers of the loggers it names (root
    # included), so calling configure twice leaves one handler each.
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {
                "plain": {"format": "%(levelname)s %(name)s: %(message)s"},
                "audit": {"format": "AUDIT %(name)s %(message)s"},
            },
            "handlers": {
                "console": {
                    "class": "logging.StreamHandler",
                    "formatter": "plain",
                    # sys.stderr read now, not when the module was imported
                    "stream": stream if stream is not None else sys.stderr,
                },
                "audit": {
                    "class": "logging.StreamHandler",
                    "formatter": "audit",
                    "stream": audit_stream if audit_stream is not None else sys.stderr,
                },
            },
            "loggers": {
                "app.audit": {"level": "INFO", "handlers": ["audit"], "propagate": False},
                "urllib3": {"level": "WARNING"},
            },
            "root": {"level": level, "handlers": ["console"]},
        }
    )
