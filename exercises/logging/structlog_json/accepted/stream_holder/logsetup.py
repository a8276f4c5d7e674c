"""A stream holder: the logger factory writes to whatever stream configure() chose last, so bound loggers follow a later configure() too."""

import logging

import structlog

_SECRET_KEYS = ("password", "token")
_target = {"stream": None}


class _StreamLogger:
    """Writes each rendered line to whatever stream configure() chose last."""

    def msg(self, message):
        stream = _target["stream"]
        stream.write(message + "\n")
        stream.flush()

    info = debug = warning = warn = error = critical = exception = fatal = log = msg


def _logger_factory(*args):
    return _StreamLogger()


def _hide_secrets(logger, method_name, event_dict):
    for key in _SECRET_KEYS:
        if key in event_dict:
            event_dict[key] = "***"
    return event_dict


def configure(stream):
    """Make every structlog logger write one JSON object per line to stream."""
    _target["stream"] = stream
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _hide_secrets,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(sort_keys=True),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        logger_factory=_logger_factory,
        cache_logger_on_first_use=False,
    )


def request_context(request_id):
    """Bind request_id for the block; put back what was bound before."""
    return structlog.contextvars.bound_contextvars(request_id=request_id)
