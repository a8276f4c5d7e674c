import unittest

import durations

GOOD = {"45s": 45, "1h30m": 5400, "2h5s": 7205, "90m": 5400, " 1h ": 3600, "0s": 0}
BAD = ["", "1h 5m", "5m1h", "10", "m5"]
TEXTS = {0: "0s", 59: "59s", 3605: "1h5s", 3660: "1h1m", 5400: "1h30m"}


class DurationTable(unittest.TestCase):
    def test_good(self):
        for text, seconds in GOOD.items():
            with self.subTest(text=text):
                self.assertEqual(durations.parse_duration(text), seconds)

    def test_bad(self):
        for text in BAD:
            with self.subTest(text=text):
                self.assertRaises(ValueError, durations.parse_duration, text)

    def test_texts(self):
        for seconds, text in TEXTS.items():
            with self.subTest(seconds=seconds):
                self.assertEqual(durations.format_duration(seconds), text)

    def test_negative(self):
        self.assertRaises(ValueError, durations.format_duration, -30)
