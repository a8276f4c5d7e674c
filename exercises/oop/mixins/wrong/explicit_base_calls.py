"""Wrong: the mixins call Base.__init__ and Base.describe by name instead of
super(), assuming Base is their next class; for a Document, JsonMixin is
skipped (it comes between TimestampMixin and Base in the MRO)."""

import json


class Base:
    """The root of the hierarchy; still cooperative, since object (or a class
    we have never seen) may come after it in the MRO."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._init_calls = ["Base"]

    def describe(self):
        return ["Base"]


class TimestampMixin(Base):
    def __init__(self, *, created=0, **kwargs):
        Base.__init__(self, **kwargs)
        self.created = created
        self._init_calls.append("TimestampMixin")

    def describe(self):
        return ["Timestamp"] + Base.describe(self)


class JsonMixin(Base):
    def __init__(self, **kwargs):
        Base.__init__(self, **kwargs)
        self._init_calls.append("JsonMixin")

    def describe(self):
        return ["Json"] + Base.describe(self)

    def to_json(self):
        public = {k: v for k, v in vars(self).items() if not k.startswith("_")}
        return json.dumps(public, sort_keys=True)


class Document(TimestampMixin, JsonMixin):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title
        self._init_calls.append("Document")

    def describe(self):
        return ["Document"] + super().describe()
