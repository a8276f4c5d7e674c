"""Structured logging with structlog: JSON lines with a request id."""

import contextlib
import logging

import structlog
from structlog.contextvars import bind_contextvars, merge_contextvars, reset_contextvars

SECRET_KEYS = ("password", "token")


def redact(logger, method_name, event_dict):
    """Hide the value of every secret key, wherever the key came from."""
    for key in SECRET_KEYS:
        if key in event_dict:
            event_dict[key] = "***"
    return event_dict


def configure(stream):
    """Make every structlog logger write one JSON object per line to stream."""
    structlog.configure(
        processors=[
            merge_contextvars,  # first: the context's keys are redacted too
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
            redact,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(sort_keys=True),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        logger_factory=structlog.PrintLoggerFactory(stream),
        # Loggers already handed out must follow a later configure().
        cache_logger_on_first_use=False,
    )


@contextlib.contextmanager
def request_context(request_id):
    """Bind request_id for the block; put back what was bound before."""
    tokens = bind_contextvars(request_id=request_id)
    try:
        yield
    finally:
        reset_contextvars(**tokens)
