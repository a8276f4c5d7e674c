"""Wrong: goes up one package per dot, counting the first dot too."""
import ast


def _names(node):
    return ", ".join(a.name if a.asname is None else f"{a.name} as {a.asname}" for a in node.names)


def absolute_imports(source, module, is_package=False):
    package = module if is_package else module.rpartition(".")[0]
    nodes = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom) and n.level > 0]
    nodes.sort(key=lambda n: (n.lineno, n.col_offset))
    out = []
    for node in nodes:
        if not package:
            raise ImportError("attempted relative import with no known parent package")
        parts = package.split(".")
        if node.level >= len(parts) + 1:
            raise ImportError("attempted relative import beyond top-level package")
        base = ".".join(parts[: len(parts) - node.level])
        target = f"{base}.{node.module}" if node.module else base
        out.append(f"from {target} import {_names(node)}")
    return out
