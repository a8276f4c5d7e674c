import contextvars
import logging

import structlog

_request_id = contextvars.ContextVar("request_id", default=None)


def add_request_id(logger, method_name, event_dict):
    request_id = _request_id.get()
    if request_id is not None:
        event_dict["request_id"] = request_id
    return event_dict


class Redact:
    def __init__(self, *keys):
        self.keys = keys

    def __call__(self, logger, method_name, event_dict):
        return {k: ("***" if k in self.keys else v) for k, v in event_dict.items()}


def configure(stream):
    structlog.reset_defaults()
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            add_request_id,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="%Y-%m-%dT%H:%M:%SZ", utc=True, key="timestamp"),
            structlog.processors.ExceptionRenderer(),
            Redact("password", "token"),
            structlog.processors.JSONRenderer(sort_keys=True),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        logger_factory=structlog.WriteLoggerFactory(file=stream),
    )


class request_context:
    def __init__(self, request_id):
        self.request_id = request_id
        self.token = None

    def __enter__(self):
        self.token = _request_id.set(self.request_id)
        return self

    def __exit__(self, *exc_info):
        _request_id.reset(self.token)
        return False
