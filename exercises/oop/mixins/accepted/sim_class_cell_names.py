# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
from json import dumps


class Base(object):
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
        rest = super().describe()
        return ["Timestamp", *rest]


class JsonMixin(Base):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._init_calls += [__class__.__name__]

    def describe(self):
        rest = super().describe()
        return ["Json", *rest]

    def to_json(self):
        data = dict(filter(lambda kv: not kv[0].startswith("_"), vars(self).items()))
        return dumps(data, sort_keys=True)


class Document(TimestampMixin, JsonMixin):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title
        self._init_calls += [__class__.__name__]

    def describe(self):
        rest = super().describe()
        return ["Document", *rest]
