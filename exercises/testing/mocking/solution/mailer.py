"""The real mailer: hands each message to the mail relay's spool folder."""

import json
import pathlib
import uuid

SPOOL = pathlib.Path("spool")


def send(to, subject, *, urgent=False):
    """Queue one message for the relay."""
    SPOOL.mkdir(exist_ok=True)
    message = {"to": to, "subject": subject, "urgent": urgent}
    (SPOOL / (uuid.uuid4().hex + ".json")).write_text(json.dumps(message))
