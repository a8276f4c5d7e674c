"""Wrong: date is tested before datetime, so datetimes lose their time."""
import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal


def _encode(o):
    if isinstance(o, date):
        return {"__type__": "date", "value": o.isoformat()}
    if isinstance(o, datetime):
        return {"__type__": "datetime", "value": o.isoformat()}
    if isinstance(o, Decimal):
        return {"__type__": "decimal", "value": str(o)}
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        # Not asdict(): it would flatten nested dataclasses into plain dicts.
        # json calls _encode again for every value it cannot encode itself.
        fields = {f.name: getattr(o, f.name) for f in dataclasses.fields(o)}
        return {"__type__": "dataclass", "name": type(o).__name__, "fields": fields}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def dumps(obj, **kwargs):
    return json.dumps(obj, default=_encode, **kwargs)


def loads(s, classes=()):
    by_name = {cls.__name__: cls for cls in classes}

    def hook(d):
        kind = d.get("__type__")
        if kind == "datetime":
            return datetime.fromisoformat(d["value"])
        if kind == "date":
            return date.fromisoformat(d["value"])
        if kind == "decimal":
            return Decimal(d["value"])
        if kind == "dataclass":
            try:
                cls = by_name[d["name"]]
            except KeyError:
                raise ValueError(f"unknown dataclass {d['name']!r}") from None
            return cls(**d["fields"])
        return d

    return json.loads(s, object_hook=hook)
