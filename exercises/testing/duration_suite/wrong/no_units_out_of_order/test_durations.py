"""Misses "units out of order": its refused texts include no 30m1h."""

import unittest
from durations import parse_duration, format_duration

class ParseTest(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(parse_duration("1h30m"), 5400)
        self.assertEqual(parse_duration("45s"), 45)
        self.assertEqual(parse_duration("2h5s"), 7205)
        self.assertEqual(parse_duration("1h2m3s"), 3723)
        self.assertEqual(parse_duration("3h"), 10800)
        self.assertEqual(parse_duration("0s"), 0)

    def test_over_59(self):
        self.assertEqual(parse_duration("90m"), 5400)
        self.assertEqual(parse_duration("100s"), 100)
        self.assertEqual(parse_duration("1m75s"), 135)

    def test_multi_digit(self):
        self.assertEqual(parse_duration("12h"), 43200)
        self.assertEqual(parse_duration("10h10m10s"), 36610)

    def test_surrounding_spaces(self):
        self.assertEqual(parse_duration("  1h30m  "), 5400)
        self.assertEqual(parse_duration("\t45s\n"), 45)

    def test_invalid(self):
        for bad in ["", "   ", "1h 30m", "10", "1h30", "h", "1x", "1h1h", "1m2m", "-5s", "1.5h", "abc", "1H"]:
            with self.subTest(bad=bad):
                with self.assertRaises(ValueError):
                    parse_duration(bad)

class FormatTest(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(format_duration(0), "0s")
        self.assertEqual(format_duration(45), "45s")
        self.assertEqual(format_duration(60), "1m")
        self.assertEqual(format_duration(3600), "1h")
        self.assertEqual(format_duration(3605), "1h5s")
        self.assertEqual(format_duration(5400), "1h30m")
        self.assertEqual(format_duration(3723), "1h2m3s")
        self.assertEqual(format_duration(59), "59s")
        self.assertEqual(format_duration(3599), "59m59s")
        self.assertEqual(format_duration(90000), "25h")

    def test_negative(self):
        with self.assertRaises(ValueError):
            format_duration(-1)

    def test_roundtrip(self):
        for n in list(range(0, 4000, 7)) + [86399, 86400, 90061]:
            self.assertEqual(parse_duration(format_duration(n)), n)

if __name__ == "__main__":
    unittest.main()
