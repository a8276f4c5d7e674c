"""A generic Stack[T]: see `grader show typehints/typed_stack`."""

from typing import Dict, Generic, Iterable, Iterator, List, Mapping, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        raise NotImplementedError("write Stack.__init__()")

    def push(self, item: T) -> None:
        raise NotImplementedError("write Stack.push()")

    def pop(self) -> T:
        raise NotImplementedError("write Stack.pop()")

    def peek(self) -> Optional[T]:
        raise NotImplementedError("write Stack.peek()")

    def __len__(self) -> int:
        raise NotImplementedError("write Stack.__len__()")

    def __iter__(self) -> Iterator[T]:
        raise NotImplementedError("write Stack.__iter__()")


def first_or(items: Iterable[T], default: T) -> T:
    raise NotImplementedError("write first_or()")


def invert(mapping: Mapping[K, V]) -> Dict[V, List[K]]:
    raise NotImplementedError("write invert()")
