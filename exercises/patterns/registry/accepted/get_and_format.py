"""A learner's version: dict.get in create, string building by hand."""
import json

EXPORTERS = {}


def register(name):
    def add(cls):
        if EXPORTERS.get(name) is not None:
            raise ValueError("exporter %r is already registered" % (name,))
        EXPORTERS[name] = cls
        return cls
    return add


def create(name, **options):
    cls = EXPORTERS.get(name)
    if cls is None:
        raise ValueError("unknown exporter %r; known: %s" % (name, ", ".join(sorted(EXPORTERS.keys()))))
    return cls(**options)


@register("json")
class JsonExporter:
    def __init__(self, indent=None):
        self._indent = indent

    def export(self, rows):
        return json.dumps(rows, indent=self._indent)


@register("csv")
class CsvExporter:
    def __init__(self, delimiter=","):
        self._d = delimiter

    def export(self, rows):
        out = ""
        if rows:
            header = list(rows[0].keys())
            out = self._d.join(header)
            for row in rows:
                out += "\n" + self._d.join([str(row[h]) for h in header])
        return out
