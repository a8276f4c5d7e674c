"""A learner's version: read the text, tomllib.loads, iterative merge with a stack."""
import copy
import tomllib
from pathlib import Path

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000}, "log": {"level": "INFO"}}


class ConfigError(ValueError):
    pass


def load_config(path):
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("bad TOML in %s" % path) from exc
    result = copy.deepcopy(DEFAULTS)
    stack = [(result, data)]
    while stack:
        target, source = stack.pop()
        for key, value in source.items():
            if isinstance(value, dict) and isinstance(target.get(key), dict):
                stack.append((target[key], value))
            else:
                target[key] = value
    port = result["server"]["port"]
    if isinstance(port, bool) or not isinstance(port, int) or port < 1 or port > 65535:
        raise ConfigError(f"server.port: invalid value {port!r}")
    if result["log"]["level"] not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ConfigError(f"log.level: invalid value {result['log']['level']!r}")
    return result
