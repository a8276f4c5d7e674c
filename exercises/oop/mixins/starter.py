"""Cooperative mixins and the MRO: see `grader show oop/mixins`."""

import json


class Base:
    def __init__(self, **kwargs):
        raise NotImplementedError("write Base.__init__")

    def describe(self):
        raise NotImplementedError("write Base.describe")


class TimestampMixin(Base):
    def __init__(self, *, created=0, **kwargs):
        raise NotImplementedError("write TimestampMixin.__init__")

    def describe(self):
        raise NotImplementedError("write TimestampMixin.describe")


class JsonMixin(Base):
    def __init__(self, **kwargs):
        raise NotImplementedError("write JsonMixin.__init__")

    def describe(self):
        raise NotImplementedError("write JsonMixin.describe")

    def to_json(self):
        raise NotImplementedError("write JsonMixin.to_json")


class Document(TimestampMixin, JsonMixin):
    def __init__(self, title, **kwargs):
        raise NotImplementedError("write Document.__init__")

    def describe(self):
        raise NotImplementedError("write Document.describe")
