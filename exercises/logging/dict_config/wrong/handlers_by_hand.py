"""Wrong: builds the same layout by hand instead of with dictConfig,
removing the old handlers first. It prints the same lines, but the task is
to configure logging with one call of logging.config.dictConfig."""

import logging
import sys

logging.getLogger("shoplib").addHandler(logging.NullHandler())


def _handler(name, stream, fmt):
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter(fmt))
    handler.name = name
    return handler


def _replace_handlers(logger, handler):
    for old in logger.handlers[:]:
        logger.removeHandler(old)
    logger.addHandler(handler)


def configure(stream=None, audit_stream=None, level="INFO"):
    root = logging.getLogger()
    root.setLevel(level)
    _replace_handlers(root, _handler("console", stream, "%(levelname)s %(name)s: %(message)s"))
    audit = logging.getLogger("app.audit")
    audit.setLevel(logging.INFO)
    audit.propagate = False
    _replace_handlers(audit, _handler("audit", audit_stream, "AUDIT %(name)s %(message)s"))
    logging.getLogger("urllib3").setLevel(logging.WARNING)
