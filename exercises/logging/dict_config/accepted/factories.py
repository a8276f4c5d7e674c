import logging
from logging.config import dictConfig
import sys

library_logger = logging.getLogger("shoplib")
library_logger.addHandler(logging.NullHandler())


def stream_handler(stream):
    return logging.StreamHandler(stream)


def configure(stream=None, audit_stream=None, level="INFO"):
    console_out = sys.stderr if stream is None else stream
    audit_out = sys.stderr if audit_stream is None else audit_stream
    dictConfig(
        dict(
            version=1,
            disable_existing_loggers=False,
            formatters=dict(
                plain={"()": logging.Formatter, "fmt": "%(levelname)s %(name)s: %(message)s"},
                audit={"()": logging.Formatter, "fmt": "AUDIT %(name)s %(message)s"},
            ),
            handlers=dict(
                console={"()": stream_handler, "stream": console_out, "formatter": "plain"},
                audit={"()": stream_handler, "stream": audit_out, "formatter": "audit"},
            ),
            root=dict(level=level, handlers=["console"]),
            loggers={
                "urllib3": dict(level=logging.WARNING),
                "app.audit": dict(level=logging.INFO, propagate=False, handlers=["audit"]),
            },
        )
    )
