"""Wrong: uses logging.basicConfig for the console instead of dictConfig.
basicConfig does nothing when the root logger already has a handler, so a
second call keeps the first call's stream and level; and its handler has
no name."""

import logging
import sys

logging.getLogger("shoplib").addHandler(logging.NullHandler())


def configure(stream=None, audit_stream=None, level="INFO"):
    logging.basicConfig(
        stream=stream if stream is not None else sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
        level=level,
    )
    audit = logging.getLogger("app.audit")
    for old in audit.handlers[:]:
        audit.removeHandler(old)
    handler = logging.StreamHandler(audit_stream if audit_stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter("AUDIT %(name)s %(message)s"))
    handler.name = "audit"
    audit.addHandler(handler)
    audit.setLevel(logging.INFO)
    audit.propagate = False
    logging.getLogger("urllib3").setLevel(logging.WARNING)
