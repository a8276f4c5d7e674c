"""Wrong: a missing file becomes ConfigError instead of FileNotFoundError."""
import copy
import tomllib

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000}, "log": {"level": "INFO"}}

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(ValueError):
    pass


def _merge(base, override):
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _check(cfg):
    port = cfg.get("server", {}).get("port")
    if type(port) is not int or not 1 <= port <= 65535:
        raise ConfigError(f"server.port: invalid value {port!r}")
    level = cfg.get("log", {}).get("level")
    if level not in LEVELS:
        raise ConfigError(f"log.level: invalid value {level!r}")


def load_config(path):
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: {err}") from err
    cfg = _merge(DEFAULTS, data)
    _check(cfg)
    return cfg
