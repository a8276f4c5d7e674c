from unittest import TestCase

from durations import format_duration


class TestFormat(TestCase):
    def test_zero(self):
        self.assertEqual(format_duration(0), "0s")

    def test_hour_and_seconds(self):
        self.assertEqual(format_duration(3601), "1h1s")

    def test_minutes_only(self):
        self.assertEqual(format_duration(120), "2m")

    def test_negative(self):
        with self.assertRaises(ValueError):
            format_duration(-3600)
