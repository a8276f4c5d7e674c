"""The real clock."""

from datetime import datetime, timezone


def now():
    """The current time, in UTC."""
    return datetime.now(timezone.utc)
