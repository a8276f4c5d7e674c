"""Wrong: keeps only the imported names and drops their `as` aliases.

`from .models import User as U` binds U, not User: without the alias the
rewritten import binds a different name.
"""

import ast


def absolute_imports(source, module, is_package=False):
    package = module if is_package else module.rpartition(".")[0]
    nodes = sorted(
        (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom) and n.level > 0),
        key=lambda n: (n.lineno, n.col_offset),
    )
    result = []
    for node in nodes:
        if not package:
            raise ImportError("attempted relative import with no known parent package")
        parts = package.split(".")
        if node.level > len(parts):
            raise ImportError("attempted relative import beyond top-level package")
        base = ".".join(parts[: len(parts) - node.level + 1])
        target = f"{base}.{node.module}" if node.module else base
        result.append(f"from {target} import {', '.join(a.name for a in node.names)}")
    return result
