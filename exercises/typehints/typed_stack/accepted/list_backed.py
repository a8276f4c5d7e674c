"""Stack on a Python list, top at the end."""
from typing import Dict, Generic, Iterable, Iterator, List, Mapping, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: List[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


def first_or(items: Iterable[T], default: T) -> T:
    for item in items:
        return item
    return default


def invert(mapping: Mapping[K, V]) -> Dict[V, List[K]]:
    result: Dict[V, List[K]] = {}
    for key, value in mapping.items():
        result.setdefault(value, []).append(key)
    return result
