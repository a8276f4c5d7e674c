import os
from dataclasses import dataclass

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


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


def load_config(environ=None) -> Config:
    if environ is None:
        environ = os.environ
    problems = []

    port = 8000
    if "APP_PORT" in environ:
        raw = environ["APP_PORT"]
        try:
            port = int(raw.strip())
        except ValueError:
            problems.append(f"APP_PORT: not an integer: {raw!r}")
        else:
            if not 1 <= port <= 65535:
                problems.append(f"APP_PORT: out of range 1-65535: {port}")

    debug = False
    if "APP_DEBUG" in environ:
        raw = environ["APP_DEBUG"].strip()
        v = raw.lower()
        if v in TRUE:
            debug = True
        elif v in FALSE:
            debug = False
        else:
            problems.append(f"APP_DEBUG: not a boolean: {raw!r}")

    url = environ.get("DATABASE_URL", "").strip()
    if not url:
        problems.append("DATABASE_URL: required")

    workers = 2
    if "APP_WORKERS" in environ:
        raw = environ["APP_WORKERS"]
        try:
            workers = int(raw.strip())
        except ValueError:
            problems.append(f"APP_WORKERS: not an integer: {raw!r}")
        else:
            if workers < 1:
                problems.append(f"APP_WORKERS: must be at least 1: {workers}")

    hosts = tuple(h.strip() for h in environ.get("APP_ALLOWED_HOSTS", "").split(",") if h.strip())

    if problems:
        raise ConfigError(problems)
    return Config(port, debug, url, workers, hosts)
