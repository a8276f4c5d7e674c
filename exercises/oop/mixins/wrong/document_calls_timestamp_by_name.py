# rule broken: "Never call a base class by name (Base.__init__(self)): use super()" (Document calls TimestampMixin.__init__ by name)
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
        public = {k: v for k, v in vars(self).items() if not k.startswith("_")}
        return json.dumps(public, sort_keys=True)


class Document(TimestampMixin, JsonMixin):
    def __init__(self, title, **kwargs):
        TimestampMixin.__init__(self, **kwargs)
        self.title = title
        self._init_calls.append("Document")

    def describe(self):
        return ["Document"] + super().describe()
