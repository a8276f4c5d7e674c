import dataclasses
import datetime
import decimal
import json


def _default(o):
    if isinstance(o, datetime.datetime):
        return {"__type__": "datetime", "value": o.isoformat()}
    if isinstance(o, datetime.date):
        return {"__type__": "date", "value": o.isoformat()}
    if isinstance(o, decimal.Decimal):
        return {"__type__": "decimal", "value": format(o, "f")}
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return {
            "__type__": "dataclass",
            "name": type(o).__name__,
            "fields": {f.name: getattr(o, f.name) for f in dataclasses.fields(o)},
        }
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def dumps(obj, **kwargs):
    return json.dumps(obj, default=_default, **kwargs)


def loads(s, classes=()):
    by_name = {c.__name__: c for c in classes}

    def hook(d):
        tag = d.get("__type__")
        if tag == "datetime":
            return datetime.datetime.fromisoformat(d["value"])
        if tag == "date":
            return datetime.date.fromisoformat(d["value"])
        if tag == "decimal":
            return decimal.Decimal(d["value"])
        if tag == "dataclass":
            name = d["name"]
            if name not in by_name:
                raise ValueError(f"unknown dataclass {name!r}")
            return by_name[name](**d["fields"])
        return d

    return json.loads(s, object_hook=hook)
