"""Wrong: raises ValueError, as importlib.util.resolve_name did up to Python 3.8.

The import system raises ImportError for a relative import it cannot
resolve, and so does resolve_name since Python 3.9.
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
        bits = package.rsplit(".", node.level - 1)
        if len(bits) < node.level:
            raise ValueError("attempted relative import beyond top-level package")
        target = f"{bits[0]}.{node.module}" if node.module else bits[0]
        names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in node.names)
        result.append(f"from {target} import {names}")
    return result
