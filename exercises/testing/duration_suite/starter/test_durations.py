"""Tests for durations.py: add yours here (run them with `python -m unittest`)."""

import unittest

from durations import parse_duration


class ParseTest(unittest.TestCase):
    def test_minutes(self):
        self.assertEqual(parse_duration("2m"), 120)


if __name__ == "__main__":
    unittest.main()
