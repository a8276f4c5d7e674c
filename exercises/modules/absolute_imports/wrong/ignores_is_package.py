"""Wrong: always anchors at the module's parent, even for an __init__.py.

In `app/api/__init__.py`, __package__ is "app.api" (the package itself), so
`from . import views` means app.api.views, not app.views.
"""

import ast


def absolute_imports(source, module, is_package=False):
    package = module.rpartition(".")[0]
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
        names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in node.names)
        result.append(f"from {target} import {names}")
    return result
