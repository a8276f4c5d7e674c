"""Wrong: leaves register's return unannotated and silences mypy's complaint with a type-ignore comment."""
from typing import Callable, Dict, Iterable, List, Optional, Tuple

Handler = Callable[[str], int]
Registry = Dict[str, Handler]


def find_user(users: Dict[int, str], user_id: int) -> Optional[str]:
    return users.get(user_id)


def greet(users: Dict[int, str], user_id: int, greeting: Optional[str] = None) -> str:
    if greeting is None:
        greeting = "Hello"
    name = find_user(users, user_id)
    return f"{greeting}, {name if name is not None else 'stranger'}!"


def apply_all(func: Callable[[int], str], values: Iterable[int]) -> List[str]:
    return [func(v) for v in values]


def group_by_length(words: Iterable[str]) -> Dict[int, List[str]]:
    groups: Dict[int, List[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


def parse_pair(text: str) -> Tuple[str, int]:
    if "=" not in text:
        raise ValueError(f"no '=' in {text!r}")
    name, value = text.split("=", 1)
    name = name.strip()
    if not name:
        raise ValueError("empty name")
    return name, int(value)


def register(registry: Registry, name: str, handler: Handler):  # type: ignore[no-untyped-def]
    if name in registry:
        raise ValueError(f"{name!r} is already registered")
    registry[name] = handler
