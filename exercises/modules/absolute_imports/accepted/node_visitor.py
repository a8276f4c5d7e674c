"""A NodeVisitor collecting relative imports, resolved with rsplit."""
import ast


class _Collector(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_ImportFrom(self, node):
        if node.level:
            self.found.append(node)
        self.generic_visit(node)


def _resolve(package, level, name):
    if not package:
        raise ImportError("attempted relative import with no known parent package")
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return base + "." + name if name else base


def absolute_imports(source, module, is_package=False):
    package = module if is_package else (module.rsplit(".", 1)[0] if "." in module else "")
    collector = _Collector()
    collector.visit(ast.parse(source))
    result = []
    for node in sorted(collector.found, key=lambda n: (n.lineno, n.col_offset)):
        target = _resolve(package, node.level, node.module)
        parts = []
        for alias in node.names:
            parts.append(alias.name + (" as " + alias.asname if alias.asname else ""))
        result.append("from %s import %s" % (target, ", ".join(parts)))
    return result
