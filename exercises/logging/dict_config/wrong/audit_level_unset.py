"""Wrong: gives app.audit no level of its own: with the root at DEBUG its DEBUG
records reach the audit stream."""

import logging
import logging.config
import sys

logging.getLogger("shoplib").addHandler(logging.NullHandler())


def configure(stream=None, audit_stream=None, level="INFO"):
    """Configure logging for the application; safe to call again."""
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
                    "stream": stream if stream is not None else sys.stderr,
                },
                "audit": {
                    "class": "logging.StreamHandler",
                    "formatter": "audit",
                    "stream": audit_stream if audit_stream is not None else sys.stderr,
                },
            },
            "loggers": {
                "app.audit": {"handlers": ["audit"], "propagate": False},
                "urllib3": {"level": "WARNING"},
            },
            "root": {"level": level, "handlers": ["console"]},
        }
    )
