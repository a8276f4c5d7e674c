"""Test doubles for reminders.send_due, built with unittest.mock."""

import itertools
from contextlib import contextmanager
from unittest import mock

import mailer


@contextmanager
def frozen_time(when):
    # reminders did `from clock import now`: it looks `now` up in its own
    # namespace, so that is the name to patch, not clock.now.
    with mock.patch("reminders.now", return_value=when) as fake:
        yield fake


@contextmanager
def fake_mailer(failures=0):
    # reminders calls mailer.send through the module: patch the attribute.
    with mock.patch.object(mailer, "send", autospec=True) as fake:
        # Exceptions in a side_effect iterable are raised, other items
        # returned; an endless iterator never runs out (a list would end
        # in StopIteration).
        fake.side_effect = itertools.chain(
            itertools.repeat(ConnectionError("relay unreachable"), failures),
            itertools.repeat(None),
        )
        yield fake


def assert_reminded(fake, owner, title, urgent=False):
    fake.assert_called_once_with(owner, "Reminder: " + title, urgent=urgent)
