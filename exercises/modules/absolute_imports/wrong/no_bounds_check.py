"""Wrong: strips the dots with rsplit but never checks that enough parts exist.

`"app".rsplit(".", 2)` is just ["app"], so `from ... import x` in app.views
silently becomes `from app import x`, and a top-level module's empty
package produces a broken name instead of an ImportError.
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
        base = package.rsplit(".", node.level - 1)[0]
        target = f"{base}.{node.module}" if node.module else base
        names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in node.names)
        result.append(f"from {target} import {names}")
    return result
