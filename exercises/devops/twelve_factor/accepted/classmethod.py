# Config.from_mapping does the work; load_config picks the mapping.
import os
import dataclasses


class ConfigError(ValueError):
    def __init__(self, problems):
        problems = sorted(problems)
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclasses.dataclass(frozen=True)
class Config:
    port: int = 8000
    debug: bool = False
    database_url: str = ""
    workers: int = 2
    allowed_hosts: tuple = ()

    @classmethod
    def from_mapping(cls, env):
        errors = []
        kwargs = {}
        for key, field, low, high in (("APP_PORT", "port", 1, 65535), ("APP_WORKERS", "workers", 1, None)):
            if key not in env:
                continue
            try:
                n = int(env[key])
            except ValueError:
                errors.append(f"{key}: not an integer: {env[key]!r}")
                continue
            if high is None and n < low:
                errors.append(f"{key}: must be at least {low}: {n}")
            elif high is not None and (n < low or n > high):
                errors.append(f"{key}: out of range {low}-{high}: {n}")
            else:
                kwargs[field] = n
        flag = env.get("APP_DEBUG", "").strip().casefold()
        if flag in {"1", "true", "yes", "on"}:
            kwargs["debug"] = True
        elif flag not in {"0", "false", "no", "off", ""}:
            errors.append(f"APP_DEBUG: not a boolean: {env['APP_DEBUG']!r}")
        url = env.get("DATABASE_URL", "").strip()
        if url:
            kwargs["database_url"] = url
        else:
            errors.append("DATABASE_URL: required")
        kwargs["allowed_hosts"] = tuple(
            part.strip() for part in env.get("APP_ALLOWED_HOSTS", "").split(",") if part.strip()
        )
        if errors:
            raise ConfigError(errors)
        return cls(**kwargs)


def load_config(environ=None):
    return Config.from_mapping(os.environ if environ is None else environ)
