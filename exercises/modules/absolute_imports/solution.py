"""Reference solution for modules/absolute_imports."""

import ast


def absolute_imports(source, module, is_package=False):
    """Return the relative imports in `source` rewritten as absolute `from` imports."""
    # Relative imports are resolved against __package__: the package itself
    # for its __init__.py, the containing package for any other module.
    package = module if is_package else module.rpartition(".")[0]
    nodes = [node for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.ImportFrom) and node.level > 0]
    nodes.sort(key=lambda node: (node.lineno, node.col_offset))  # walk is breadth-first
    return [
        f"from {_resolve(node.module, node.level, package)} import {_names(node)}"
        for node in nodes
    ]


def _resolve(name, level, package):
    """Where `from <level dots><name> import ...` points, inside `package`."""
    if not package:
        raise ImportError("attempted relative import with no known parent package")
    parts = package.split(".")
    if level > len(parts):
        raise ImportError("attempted relative import beyond top-level package")
    base = ".".join(parts[: len(parts) - (level - 1)])
    return f"{base}.{name}" if name else base


def _names(node):
    return ", ".join(
        f"{alias.name} as {alias.asname}" if alias.asname else alias.name
        for alias in node.names
    )
