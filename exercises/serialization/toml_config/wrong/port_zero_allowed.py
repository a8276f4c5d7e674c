"""Wrong: port 0 is accepted (the range is 1 to 65535)."""
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
    if type(port) is not int or not 0 <= port <= 65535:
        raise ConfigError(f"server.port: invalid value {port!r}")
    level = cfg.get("log", {}).get("level")
    if level not in LEVELS:
        raise ConfigError(f"log.level: invalid value {level!r}")


def load_config(path):
    with open(path, "rb") as f:
        try:
            data = tomllib.load(f)
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{path}: {err}") from err
    cfg = _merge(DEFAULTS, data)
    _check(cfg)
    return cfg
