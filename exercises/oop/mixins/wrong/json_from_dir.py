# rule broken: to_json: "a dict of the object's public instance attributes (those in vars(self) ...)" (uses dir(), which also sees class attributes and methods)
import json


class Base:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._init_calls = ["Base"]

    def describe(self):
        return ["Base"]


class TimestampMixin(Base):
    def __init__(self, *, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self._init_calls.append("TimestampMixin")

    def describe(self):
        return ["Timestamp"] + super().describe()


class JsonMixin(Base):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._init_calls.append("JsonMixin")

    def describe(self):
        return ["Json"] + super().describe()

    def to_json(self):
        public = {k: getattr(self, k) for k in dir(self)
                  if not k.startswith("_") and not callable(getattr(self, k))}
        return json.dumps(public, sort_keys=True)


class Document(TimestampMixin, JsonMixin):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title
        self._init_calls.append("Document")

    def describe(self):
        return ["Document"] + super().describe()
