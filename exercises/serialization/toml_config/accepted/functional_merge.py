"""Another learner: a pure recursive merge built with a dict comprehension."""
import tomllib

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000}, "log": {"level": "INFO"}}


class ConfigError(ValueError):
    """Raised for unusable configuration."""


def _copy(value):
    return {k: _copy(v) for k, v in value.items()} if isinstance(value, dict) else value


def _merge(a, b):
    keys = list(a) + [k for k in b if k not in a]
    out = {}
    for k in keys:
        if k in a and k in b and isinstance(a[k], dict) and isinstance(b[k], dict):
            out[k] = _merge(a[k], b[k])
        elif k in b:
            out[k] = b[k]
        else:
            out[k] = _copy(a[k])
    return out


def _check(config):
    port = config["server"]["port"]
    if not (type(port) is int and 0 < port < 65536):
        raise ConfigError("server.port: invalid value " + repr(port))
    level = config["log"]["level"]
    if not (type(level) is str and level in ("DEBUG", "INFO", "WARNING", "ERROR")):
        raise ConfigError("log.level: invalid value " + repr(level))


def load_config(path):
    with open(path, mode="rb") as fh:
        raw = fh.read()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(str(e)) from e
    config = _merge(DEFAULTS, data)
    _check(config)
    return config
