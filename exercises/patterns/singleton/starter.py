"""Singletons three ways: see `grader show patterns/singleton`."""
import threading


class Settings:
    def __init__(self):
        self.values = {}


settings = None  # make it the one Settings instance


class SingletonMeta(type):
    def __call__(cls, *args, **kwargs):
        raise NotImplementedError("write SingletonMeta.__call__")

    def reset(cls):
        raise NotImplementedError("write SingletonMeta.reset")


class Logger:
    def __new__(cls):
        raise NotImplementedError("write Logger.__new__")

    def log(self, message):
        raise NotImplementedError("write Logger.log")
