"""Each class records itself through the __class__ cell and builds lists by unpacking."""
from json import dumps


class Base:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._init_calls = [__class__.__name__]

    def describe(self):
        return [__class__.__name__]


class TimestampMixin(Base):
    def __init__(self, *, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self._init_calls += [__class__.__name__]

    def describe(self):
        return ["Timestamp", *super().describe()]


class JsonMixin(Base):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._init_calls += [__class__.__name__]

    def describe(self):
        return ["Json", *super().describe()]

    def to_json(self):
        data = dict(filter(lambda kv: not kv[0].startswith("_"), self.__dict__.items()))
        return dumps(data, sort_keys=True)


class Document(TimestampMixin, JsonMixin):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title
        self._init_calls += [__class__.__name__]

    def describe(self):
        return ["Document", *super().describe()]
