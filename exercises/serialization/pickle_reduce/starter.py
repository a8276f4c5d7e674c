"""Pickle by reduction: see `grader show serialization/pickle_reduce`."""
import pickle


class Currency:
    def __new__(cls, code):
        raise NotImplementedError("write Currency")


def picklable(obj):
    raise NotImplementedError("write picklable()")
