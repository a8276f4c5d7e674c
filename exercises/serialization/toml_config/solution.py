"""Loading a TOML config: tomllib in binary mode, a deep merge, then checks."""
import copy
import tomllib

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000}, "log": {"level": "INFO"}}
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(ValueError):
    """A config file that cannot be used."""


def _merge(base, override):
    """A new dict: base with override on top, tables merged recursively."""
    merged = copy.deepcopy(base)  # shares nothing with DEFAULTS
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_config(path):
    with open(path, "rb") as f:  # tomllib wants bytes
        try:
            data = tomllib.load(f)
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{path}: not valid TOML: {err}") from err
    config = _merge(DEFAULTS, data)
    port = config["server"]["port"]
    if type(port) is not int or not 1 <= port <= 65535:  # bool is an int subclass
        raise ConfigError(f"server.port: invalid value {port!r}")
    level = config["log"]["level"]
    if level not in LEVELS:
        raise ConfigError(f"log.level: invalid value {level!r}")
    return config
