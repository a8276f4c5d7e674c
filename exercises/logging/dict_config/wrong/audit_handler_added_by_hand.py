"""Wrong: configures the console with dictConfig but adds the audit handler to
app.audit by hand: dictConfig does not touch a logger it is not told
about, so every call adds one more handler and records are printed twice."""

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
            },
            "handlers": {
                "console": {
                    "class": "logging.StreamHandler",
                    "formatter": "plain",
                    "stream": stream if stream is not None else sys.stderr,
                },
            },
            "loggers": {
                "urllib3": {"level": "WARNING"},
            },
            "root": {"level": level, "handlers": ["console"]},
        }
    )
    audit = logging.getLogger("app.audit")
    handler = logging.StreamHandler(audit_stream if audit_stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter("AUDIT %(name)s %(message)s"))
    handler.name = "audit"
    audit.addHandler(handler)
    audit.setLevel(logging.INFO)
    audit.propagate = False
