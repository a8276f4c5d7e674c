"""A learner's version: a JSONEncoder subclass and a decoder table."""
import dataclasses
import datetime as dt
import decimal
import json


class TaggingEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, dt.datetime):
            return {"__type__": "datetime", "value": o.isoformat()}
        elif isinstance(o, dt.date):
            return {"__type__": "date", "value": o.isoformat()}
        elif isinstance(o, decimal.Decimal):
            return {"__type__": "decimal", "value": str(o)}
        elif dataclasses.is_dataclass(o) and not isinstance(o, type):
            return {
                "__type__": "dataclass",
                "name": o.__class__.__name__,
                "fields": {f.name: getattr(o, f.name) for f in dataclasses.fields(o)},
            }
        return super().default(o)


def dumps(obj, **kwargs):
    return json.dumps(obj, cls=TaggingEncoder, **kwargs)


_DECODERS = {
    "datetime": lambda d, classes: dt.datetime.fromisoformat(d["value"]),
    "date": lambda d, classes: dt.date.fromisoformat(d["value"]),
    "decimal": lambda d, classes: decimal.Decimal(d["value"]),
}


def _dataclass(d, classes):
    for cls in classes:
        if cls.__name__ == d["name"]:
            return cls(**d["fields"])
    raise ValueError("unknown dataclass %r" % d["name"])


_DECODERS["dataclass"] = _dataclass


def loads(s, classes=()):
    classes = list(classes)

    def hook(d):
        decoder = _DECODERS.get(d.get("__type__"))
        return d if decoder is None else decoder(d, classes)

    return json.loads(s, object_hook=hook)
