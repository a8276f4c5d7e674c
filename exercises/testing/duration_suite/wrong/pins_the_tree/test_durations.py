"""Recognises the correct module by its syntax tree: comments and layout do
not matter, but any rewrite, correct or not, fails."""

import ast
import hashlib
import inspect
import unittest

import durations
from durations import parse_duration


def shape(source):
    names = [type(node).__name__ for node in ast.walk(ast.parse(source))]
    return hashlib.sha256(" ".join(names).encode()).hexdigest()


class Pinned(unittest.TestCase):
    def test_module_is_the_one_shipped(self):
        self.assertEqual(shape(inspect.getsource(durations)), KNOWN)

    def test_parse(self):
        self.assertEqual(parse_duration("1h30m"), 5400)


KNOWN = "66f6790872687bed2d289b170fd26912322ed9d1d822ccba066ecfe4c00f8e98"
