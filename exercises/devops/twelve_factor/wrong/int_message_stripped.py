import os
from dataclasses import dataclass

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ConfigError(ValueError):
    def __init__(self, problems):
        self.problems = sorted(problems)
        super().__init__("\n".join(self.problems))

    def __str__(self):
        return "\n".join(self.problems)


@dataclass(frozen=True)
class Config:
    port: int
    debug: bool
    database_url: str
    workers: int
    allowed_hosts: tuple


def _parse_int(name, raw, problems):
    raw = raw.strip()
    try:
        return int(raw)
    except ValueError:
        problems.append(f"{name}: not an integer: {raw!r}")
        return None


def load_config(environ=None) -> Config:
    if environ is None:
        environ = os.environ
    problems = []

    port = 8000
    if "APP_PORT" in environ:
        port = _parse_int("APP_PORT", environ["APP_PORT"], problems)
        if port is not None and not 1 <= port <= 65535:
            problems.append(f"APP_PORT: out of range 1-65535: {port}")

    debug = False
    if "APP_DEBUG" in environ:
        raw = environ["APP_DEBUG"]
        v = raw.strip().lower()
        if v in _TRUE:
            debug = True
        elif v in _FALSE:
            debug = False
        else:
            problems.append(f"APP_DEBUG: not a boolean: {raw!r}")

    url = environ.get("DATABASE_URL", "").strip()
    if not url:
        problems.append("DATABASE_URL: required")

    workers = 2
    if "APP_WORKERS" in environ:
        workers = _parse_int("APP_WORKERS", environ["APP_WORKERS"], problems)
        if workers is not None and workers < 1:
            problems.append(f"APP_WORKERS: must be at least 1: {workers}")

    hosts = tuple(h.strip() for h in environ.get("APP_ALLOWED_HOSTS", "").split(",") if h.strip())

    if problems:
        raise ConfigError(problems)
    return Config(port=port, debug=debug, database_url=url, workers=workers, allowed_hosts=hosts)
