"""Wrong: trusts ast.walk to visit nodes in source order.

ast.walk is breadth-first: every top-level statement comes before anything
nested in a function, class or `if` body, whatever the line numbers say.
"""

import ast


def absolute_imports(source, module, is_package=False):
    package = module if is_package else module.rpartition(".")[0]
    result = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.ImportFrom) and node.level > 0):
            continue
        if not package:
            raise ImportError("attempted relative import with no known parent package")
        parts = package.split(".")
        if node.level > len(parts):
            raise ImportError("attempted relative import beyond top-level package")
        base = ".".join(parts[: len(parts) - node.level + 1])
        target = f"{base}.{node.module}" if node.module else base
        names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in node.names)
        result.append(f"from {target} import {names}")
    return result
