import json

EXPORTERS = {}


def register(name):
    def decorator(cls):
        if name in EXPORTERS:
            raise ValueError(f"exporter {name!r} is already registered")
        EXPORTERS[name] = cls

        class Registered(cls):
            exporter_name = name
        return Registered
    return decorator


def create(name, **options):
    try:
        cls = EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise ValueError(f"unknown exporter {name!r}; known: {known}") from None
    return cls(**options)


@register("json")
class JsonExporter:
    def __init__(self, indent=None):
        self.indent = indent

    def export(self, rows):
        return json.dumps(rows, indent=self.indent)


@register("csv")
class CsvExporter:
    def __init__(self, delimiter=","):
        self.delimiter = delimiter

    def export(self, rows):
        if not rows:
            return ""
        keys = list(rows[0])
        lines = [self.delimiter.join(keys)]
        for row in rows:
            lines.append(self.delimiter.join(str(row[k]) for k in keys))
        return "\n".join(lines)
