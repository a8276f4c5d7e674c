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


def _int(env, name, default, problems):
    if name not in env:
        return default
    raw = env[name]
    try:
        return int(raw.strip())
    except ValueError:
        problems.append(f"{name}: not an integer: {raw!r}")
        return None


def load_config(environ=None) -> Config:
    env = os.environ if environ is None else environ
    problems = []

    port = _int(env, "APP_PORT", 8000, problems)
    if port is not None and not 1 <= port <= 65535:
        problems.append(f"APP_PORT: out of range 1-65535: {env['APP_PORT'].strip()}")

    debug = False
    if "APP_DEBUG" in env:
        raw = env["APP_DEBUG"]
        word = raw.strip().lower()
        if word in TRUE:
            debug = True
        elif word not in FALSE:
            problems.append(f"APP_DEBUG: not a boolean: {raw!r}")

    url = env.get("DATABASE_URL", "").strip()
    if not url:
        problems.append("DATABASE_URL: required")

    workers = _int(env, "APP_WORKERS", 2, problems)
    if workers is not None and workers < 1:
        problems.append(f"APP_WORKERS: must be at least 1: {workers}")

    hosts = tuple(h.strip() for h in env.get("APP_ALLOWED_HOSTS", "").split(",") if h.strip())

    if problems:
        raise ConfigError(problems)
    return Config(port, debug, url, workers, hosts)
