from unittest import TestCase

from durations import parse_duration


class TestParse(TestCase):
    def test_hours_minutes(self):
        self.assertEqual(parse_duration("1h30m"), 90 * 60)

    def test_large_minutes(self):
        self.assertEqual(parse_duration("120m"), 7200)

    def test_surrounding_whitespace(self):
        self.assertEqual(parse_duration("\t10s "), 10)

    def test_empty_text(self):
        with self.assertRaises(ValueError):
            parse_duration("")

    def test_order(self):
        with self.assertRaises(ValueError):
            parse_duration("5s1m")

    def test_space_inside(self):
        with self.assertRaises(ValueError):
            parse_duration("2h 10s")

    def test_number_without_unit(self):
        with self.assertRaises(ValueError):
            parse_duration("300")
