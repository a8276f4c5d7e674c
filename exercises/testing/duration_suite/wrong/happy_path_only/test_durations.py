import unittest

from durations import format_duration, parse_duration


class HappyPath(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse_duration("1h30m"), 5400)
        self.assertEqual(parse_duration("90m"), 5400)
        self.assertEqual(parse_duration(" 45s "), 45)

    def test_format(self):
        self.assertEqual(format_duration(0), "0s")
        self.assertEqual(format_duration(3605), "1h5s")
        self.assertEqual(format_duration(5400), "1h30m")
