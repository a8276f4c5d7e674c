"""A learner's version: read_text + tomllib.loads, an iterative in-place merge into a copy."""
import tomllib
from pathlib import Path

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000}, "log": {"level": "INFO"}}


class ConfigError(ValueError):
    """Raised for an unreadable or invalid configuration."""


def _copy_tables(d):
    return {k: _copy_tables(v) if isinstance(v, dict) else v for k, v in d.items()}


def deep_merge(into, other):
    """Merge other into into (in place), table by table."""
    stack = [(into, other)]
    while stack:
        dst, src = stack.pop()
        for key, value in src.items():
            if isinstance(value, dict) and isinstance(dst.get(key), dict):
                stack.append((dst[key], value))
            else:
                dst[key] = value
    return into


def load_config(path):
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("not valid TOML") from err
    cfg = deep_merge(_copy_tables(DEFAULTS), data)

    port = cfg["server"]["port"] if isinstance(cfg.get("server"), dict) else None
    if isinstance(port, bool) or not isinstance(port, int) or not (1 <= port <= 65535):
        raise ConfigError(f"server.port: invalid value {port!r}")
    level = cfg["log"].get("level") if isinstance(cfg.get("log"), dict) else None
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ConfigError(f"log.level: invalid value {level!r}")
    return cfg
