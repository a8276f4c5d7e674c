"""Another learner: functools.singledispatch for the encoder."""
import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal
from functools import singledispatch


@singledispatch
def encode(o):
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return {
            "__type__": "dataclass",
            "name": type(o).__name__,
            "fields": dict((f.name, getattr(o, f.name)) for f in dataclasses.fields(o)),
        }
    raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)


@encode.register
def _(o: date):
    return {"__type__": "date", "value": o.isoformat()}


@encode.register
def _(o: datetime):  # more specific than date, so singledispatch picks it
    return {"__type__": "datetime", "value": o.isoformat()}


@encode.register
def _(o: Decimal):
    return {"__type__": "decimal", "value": str(o)}


def dumps(obj, **kwargs):
    kwargs["default"] = encode
    return json.dumps(obj, **kwargs)


def loads(s, classes=()):
    known = {}
    for c in classes:
        known[c.__name__] = c

    def hook(obj):
        t = obj.get("__type__")
        if t == "datetime":
            return datetime.fromisoformat(obj["value"])
        if t == "date":
            return date.fromisoformat(obj["value"])
        if t == "decimal":
            return Decimal(obj["value"])
        if t == "dataclass":
            if obj["name"] not in known:
                raise ValueError(f"unknown dataclass {obj['name']!r}")
            return known[obj["name"]](**obj["fields"])
        return obj

    return json.loads(s, object_hook=hook)
