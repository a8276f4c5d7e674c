"""Reference solution for typehints/annotate."""

from typing import Callable, Dict, Iterable, List, Optional, Tuple

Handler = Callable[[str], int]
Registry = Dict[str, Handler]


def find_user(users: Dict[int, str], user_id: int) -> Optional[str]:
    """Return the name of user_id, or None when there is no such user."""
    return users.get(user_id)


def greet(users: Dict[int, str], user_id: int, greeting: Optional[str] = None) -> str:
    """Greet user_id by name, or greet a stranger."""
    name = find_user(users, user_id)
    if greeting is None:
        greeting = "Hello"
    if name is None:
        return f"{greeting}, stranger!"
    return f"{greeting}, {name}!"


def apply_all(func: Callable[[int], str], values: Iterable[int]) -> List[str]:
    """Call func on every value, in order, and return the results as a list."""
    return [func(value) for value in values]


def group_by_length(words: Iterable[str]) -> Dict[int, List[str]]:
    """Group words by their length, keeping the input order."""
    groups: Dict[int, List[str]] = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


def parse_pair(text: str) -> Tuple[str, int]:
    """Parse 'name=value' into (name, int(value))."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise ValueError(f"expected 'name=value', got {text!r}")
    return name, int(value)


def register(registry: Registry, name: str, handler: Handler) -> None:
    """Add handler under name; a name can be registered only once."""
    if name in registry:
        raise ValueError(f"{name!r} is already registered")
    registry[name] = handler
