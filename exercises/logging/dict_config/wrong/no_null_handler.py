"""Wrong: gives the library's logger no NullHandler: before the application
configures logging, its warnings go to logging's last-resort handler on
stderr."""

import logging
import logging.config
import sys



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
                "app.audit": {"level": "INFO", "handlers": ["audit"], "propagate": False},
                "urllib3": {"level": "WARNING"},
            },
            "root": {"level": level, "handlers": ["console"]},
        }
    )
