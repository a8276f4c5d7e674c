"""Dependency injection and a small container: see `grader show patterns/inject`."""
import inspect
import time


class SignupService:
    def __init__(self, repo, mailer, clock=time.time):
        raise NotImplementedError("write SignupService")

    def register(self, email):
        raise NotImplementedError("write SignupService.register")


class Container:
    def register(self, name, factory, *, singleton=False):
        raise NotImplementedError("write Container.register")

    def resolve(self, name):
        raise NotImplementedError("write Container.resolve")
