import copy
import logging
import logging.config

logging.getLogger("shoplib").addHandler(logging.NullHandler())

TEMPLATE = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s: %(message)s"},
        "audit": {"format": "AUDIT %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"},
        "audit": {"class": "logging.StreamHandler", "formatter": "audit", "stream": "ext://sys.stderr"},
    },
    "loggers": {
        "app.audit": {"level": "INFO", "handlers": ["audit"], "propagate": False},
        "urllib3": {"level": "WARNING"},
    },
    "root": {"level": "INFO", "handlers": ["console"]},
}


def configure(stream=None, audit_stream=None, level="INFO"):
    # dictConfig consumes the dict it is given: configure from a fresh copy.
    config = copy.deepcopy(TEMPLATE)
    if stream is not None:
        config["handlers"]["console"]["stream"] = stream
    if audit_stream is not None:
        config["handlers"]["audit"]["stream"] = audit_stream
    config["root"]["level"] = level
    logging.config.dictConfig(config)
