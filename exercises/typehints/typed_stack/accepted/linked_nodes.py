"""Stack as a singly linked list of (item, next) pairs, with builtin generics."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, Optional, Tuple, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._top: Optional[Tuple[T, object]] = None
        self._size = 0
        for item in items:
            self.push(item)

    def push(self, item: T) -> None:
        self._top = (item, self._top)
        self._size += 1

    def pop(self) -> T:
        if self._top is None:
            raise IndexError("pop from empty stack")
        item, rest = self._top
        self._top = rest  # type: ignore[assignment]
        self._size -= 1
        return item

    def peek(self) -> Optional[T]:
        return None if self._top is None else self._top[0]

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[T]:
        node = self._top
        while node is not None:
            yield node[0]
            node = node[1]  # type: ignore[assignment]


def first_or(items: Iterable[T], default: T) -> T:
    return next(iter(items), default)


def invert(mapping: Mapping[K, V]) -> dict[V, list[K]]:
    out: dict[V, list[K]] = {}
    for k in mapping:
        v = mapping[k]
        if v in out:
            out[v].append(k)
        else:
            out[v] = [k]
    return out
