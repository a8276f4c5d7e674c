import io
import json
from operator import itemgetter


class _Registry(dict):
    def register(self, name):
        def add(cls):
            if name in self:
                raise ValueError("exporter %r is already registered" % (name,))
            self[name] = cls
            return cls
        return add

    def create(self, name, **options):
        if name not in self:
            known = ", ".join(sorted(self))
            raise ValueError("unknown exporter %r; known: %s" % (name, known))
        return self[name](**options)


EXPORTERS = _Registry()
register = EXPORTERS.register
create = EXPORTERS.create


@register("json")
class JsonExporter:
    def __init__(self, indent=None):
        self._indent = indent

    def export(self, rows):
        return json.dumps(rows, indent=self._indent)


@register("csv")
class CsvExporter:
    def __init__(self, delimiter=","):
        self._sep = delimiter

    def export(self, rows):
        out = io.StringIO()
        if rows:
            keys = tuple(rows[0].keys())
            pick = itemgetter(*keys)
            out.write(self._sep.join(keys))
            for row in rows:
                vals = pick(row)
                if len(keys) == 1:
                    vals = (vals,)
                out.write("\n")
                out.write(self._sep.join(map(str, vals)))
        return out.getvalue()
