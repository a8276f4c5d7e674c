import sys


class enter_all:
    def __init__(self, managers):
        self.managers = managers
        self.entered = []

    def __enter__(self):
        values = []
        for m in self.managers:
            values.append(m.__enter__())
            self.entered.append(m)
        return values

    def __exit__(self, exc_type, exc, tb):
        suppressed = False
        for m in self.entered:
            if m.__exit__(exc_type, exc, tb):
                suppressed = True
        return suppressed
