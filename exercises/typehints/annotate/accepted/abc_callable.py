"""Annotated with collections.abc generics, as the typing docs now recommend."""
from collections.abc import Callable, Iterable
from typing import Dict, List, Optional, Tuple

Handler = Callable[[str], int]
Registry = Dict[str, Handler]


def find_user(users: Dict[int, str], user_id: int) -> Optional[str]:
    return users.get(user_id)


def greet(users: Dict[int, str], user_id: int, greeting: Optional[str] = None) -> str:
    name = users.get(user_id)
    word = "Hello" if greeting is None else greeting
    return f"{word}, {'stranger' if name is None else name}!"


def apply_all(func: Callable[[int], str], values: Iterable[int]) -> List[str]:
    results: List[str] = []
    for v in values:
        results.append(func(v))
    return results


def group_by_length(words: Iterable[str]) -> Dict[int, List[str]]:
    groups: Dict[int, List[str]] = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


def parse_pair(text: str) -> Tuple[str, int]:
    idx = text.find("=")
    if idx < 0 or not text[:idx].strip():
        raise ValueError(text)
    return text[:idx].strip(), int(text[idx + 1:])


def register(registry: Dict[str, Handler], name: str, handler: Handler) -> None:
    if name in registry:
        raise ValueError(name)
    registry[name] = handler
