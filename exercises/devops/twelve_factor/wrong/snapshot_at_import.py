# Copies the environment when the module is imported.
import os
from dataclasses import dataclass

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


class ConfigError(ValueError):
    def __init__(self, problems):
        self.problems = sorted(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Config:
    port: int
    debug: bool
    database_url: str
    workers: int
    allowed_hosts: tuple


def _int(env, name, default, low, high, problems):
    raw = env.get(name)
    if raw is None:
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        problems.append(f"{name}: not an integer: {raw!r}")
        return default
    if value < low:
        problems.append(
            f"{name}: out of range {low}-{high}: {value}"
            if high is not None
            else f"{name}: must be at least {low}: {value}"
        )
    elif high is not None and value > high:
        problems.append(f"{name}: out of range {low}-{high}: {value}")
    return value


ENVIRONMENT = dict(os.environ)


def load_config(environ=None):
    env = ENVIRONMENT if environ is None else environ
    problems = []
    port = _int(env, "APP_PORT", 8000, 1, 65535, problems)
    workers = _int(env, "APP_WORKERS", 2, 1, None, problems)
    raw_debug = env.get("APP_DEBUG", "")
    debug = raw_debug.strip().lower() in TRUE
    if raw_debug.strip().lower() not in TRUE | FALSE:
        problems.append(f"APP_DEBUG: not a boolean: {raw_debug!r}")
    url = env.get("DATABASE_URL", "").strip()
    if not url:
        problems.append("DATABASE_URL: required")
    hosts = tuple(h.strip() for h in env.get("APP_ALLOWED_HOSTS", "").split(",") if h.strip())
    if problems:
        raise ConfigError(problems)
    return Config(port, debug, url, workers, hosts)
