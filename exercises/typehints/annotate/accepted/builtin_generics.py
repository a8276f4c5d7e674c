"""Annotated with built-in generics (PEP 585) and string annotations."""
from __future__ import annotations

from typing import Callable, Iterable, Optional

Handler = Callable[[str], int]
Registry = dict[str, Handler]


def find_user(users: dict[int, str], user_id: int) -> Optional[str]:
    if user_id in users:
        return users[user_id]
    return None


def greet(users: dict[int, str], user_id: int, greeting: Optional[str] = None) -> str:
    who = users.get(user_id, "stranger")
    return "%s, %s!" % ("Hello" if greeting is None else greeting, who)


def apply_all(func: Callable[[int], str], values: Iterable[int]) -> list[str]:
    return list(map(func, values))


def group_by_length(words: Iterable[str]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for w in words:
        if len(w) not in out:
            out[len(w)] = []
        out[len(w)].append(w)
    return out


def parse_pair(text: str) -> tuple[str, int]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError("expected name=value, got %r" % text)
    return name.strip(), int(value)


def register(registry: Registry, name: str, handler: Handler) -> None:
    if name in registry:
        raise ValueError("duplicate handler " + name)
    registry[name] = handler
