"""Wrong: makes sys.stderr the parameters' default: it is read once, when the
module is imported, not each time configure is called."""

import logging
import logging.config
import sys

logging.getLogger("shoplib").addHandler(logging.NullHandler())


def configure(stream=sys.stderr, audit_stream=sys.stderr, level="INFO"):
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
                    "stream": stream,
                },
                "audit": {
                    "class": "logging.StreamHandler",
                    "formatter": "audit",
                    "stream": audit_stream,
                },
            },
            "loggers": {
                "app.audit": {"level": "INFO", "handlers": ["audit"], "propagate": False},
                "urllib3": {"level": "WARNING"},
            },
            "root": {"level": level, "handlers": ["console"]},
        }
    )
