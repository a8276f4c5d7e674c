"""Wrong: thinks in lists. apply_all and group_by_length take List[...] instead of
Iterable[...] (mypy rejects a generator argument), and apply_all indexes its input."""

from typing import Callable, Dict, List, Optional, Tuple

Handler = Callable[[str], int]
Registry = Dict[str, Handler]


def find_user(users: Dict[int, str], user_id: int) -> Optional[str]:
    return users.get(user_id)


def greet(users: Dict[int, str], user_id: int, greeting: Optional[str] = None) -> str:
    name = find_user(users, user_id)
    if greeting is None:
        greeting = "Hello"
    if name is None:
        return f"{greeting}, stranger!"
    return f"{greeting}, {name}!"


def apply_all(func: Callable[[int], str], values: List[int]) -> List[str]:
    return [func(values[i]) for i in range(len(values))]


def group_by_length(words: List[str]) -> Dict[int, List[str]]:
    groups: Dict[int, List[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


def parse_pair(text: str) -> Tuple[str, int]:
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise ValueError(f"expected 'name=value', got {text!r}")
    return name, int(value)


def register(registry: Registry, name: str, handler: Handler) -> None:
    if name in registry:
        raise ValueError(f"{name!r} is already registered")
    registry[name] = handler
