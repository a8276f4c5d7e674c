import dataclasses
import datetime
import decimal
import json


def _encode(o):
    if isinstance(o, datetime.datetime):
        return {"__type__": "datetime", "value": o.isoformat()}
    if isinstance(o, datetime.date):
        return {"__type__": "date", "value": o.isoformat()}
    if isinstance(o, decimal.Decimal):
        return {"__type__": "decimal", "value": str(o)}
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        fields = dict(vars(o))
        return {"__type__": "dataclass", "name": type(o).__name__, "fields": fields}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def dumps(obj, **kwargs):
    return json.dumps(obj, default=_encode, **kwargs)


def loads(s, classes=()):
    by_name = {cls.__name__: cls for cls in classes}

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
