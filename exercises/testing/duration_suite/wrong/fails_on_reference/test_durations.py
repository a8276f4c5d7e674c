import unittest

from durations import format_duration, parse_duration


class ParseTest(unittest.TestCase):
    def test_each_unit(self):
        self.assertEqual(parse_duration("45s"), 45)
        self.assertEqual(parse_duration("2m"), 120)
        self.assertEqual(parse_duration("3h"), 10800)

    def test_units_together(self):
        self.assertEqual(parse_duration("1h30m"), 5400)
        self.assertEqual(parse_duration("2h5s"), 7205)
        self.assertEqual(parse_duration("1h1m1s"), 3661)

    def test_counts_may_exceed_59(self):
        self.assertEqual(parse_duration("90m"), 5400)
        self.assertEqual(parse_duration("75s"), 75)

    def test_spaces_around_are_ignored(self):
        self.assertEqual(parse_duration("  5m \n"), 300)

    def test_refused(self):
        for text in ["", "   ", "1h 30m", "30m1h", "1h1h", "15", "h", "5x"]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    parse_duration(text)


class FormatTest(unittest.TestCase):
    def test_units(self):
        self.assertEqual(format_duration(45), "45s")
        self.assertEqual(format_duration(5400), "1h30m")
        self.assertEqual(format_duration(3661), "1h1m1s")

    def test_zero_counts_are_left_out(self):
        self.assertEqual(format_duration(3605), "1h0m5s")
        self.assertEqual(format_duration(7200), "2h")

    def test_zero(self):
        self.assertEqual(format_duration(0), "0s")

    def test_negative_is_refused(self):
        with self.assertRaises(ValueError):
            format_duration(-1)

    def test_round_trip(self):
        for seconds in [0, 1, 59, 60, 61, 3599, 3600, 3601, 86399]:
            with self.subTest(seconds=seconds):
                self.assertEqual(parse_duration(format_duration(seconds)), seconds)


if __name__ == "__main__":
    unittest.main()
