"""Recognises the correct module by its text: any change, bug or not, fails."""

import hashlib
import inspect
from decimal import Decimal as D

import pricing

# The module's lines, comments left out, as shipped.
KNOWN = "3d16e18e8c3d6ea5b93cf88d9c0ee4d224c63ee8ea9b0af0b625b6a42c589cfe"


def test_the_module_is_the_one_shipped():
    lines = inspect.getsource(pricing).splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    assert hashlib.sha256(text.encode()).hexdigest() == KNOWN


def test_line_total():
    assert pricing.line_total(D("2.50"), 4) == D("10.00")
