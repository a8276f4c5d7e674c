# A table of variables with a parser each; parsers raise, the loop collects.
import os
from dataclasses import dataclass


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


class Bad(Exception):
    pass


def integer(low, high=None):
    def parse(raw):
        try:
            value = int(raw)
        except ValueError:
            raise Bad(f"not an integer: {raw!r}") from None
        if high is not None and not low <= value <= high:
            raise Bad(f"out of range {low}-{high}: {value}")
        if value < low:
            raise Bad(f"must be at least {low}: {value}")
        return value
    return parse


def boolean(raw):
    word = raw.strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off", ""):
        return False
    raise Bad(f"not a boolean: {raw!r}")


def required(raw):
    if not raw.strip():
        raise Bad("required")
    return raw.strip()


def hosts(raw):
    return tuple(filter(None, (h.strip() for h in raw.split(","))))


FIELDS = [
    ("port", "APP_PORT", integer(1, 65535), "8000"),
    ("debug", "APP_DEBUG", boolean, ""),
    ("database_url", "DATABASE_URL", required, ""),
    ("workers", "APP_WORKERS", integer(1), "2"),
    ("allowed_hosts", "APP_ALLOWED_HOSTS", hosts, ""),
]


def load_config(environ=None):
    env = os.environ if environ is None else environ
    values, problems = {}, []
    for field, name, parse, default in FIELDS:
        try:
            values[field] = parse(env.get(name, default))
        except Bad as why:
            problems.append(f"{name}: {why}")
    if problems:
        raise ConfigError(problems)
    return Config(**values)
