"""Protocols, NamedTuple and TypedDict: see `grader show typehints/protocols`."""

from typing import Any, Iterable, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar, runtime_checkable


class Closeable:  # make me a runtime-checkable Protocol
    def close(self) -> None: ...


class SupportsLessThan:  # make me a Protocol
    def __lt__(self, other: Any) -> bool: ...


L = TypeVar("L")  # bind me to SupportsLessThan


def close_all(items: Iterable[object]) -> int:
    raise NotImplementedError("write close_all()")


def max_item(items: Iterable[L]) -> L:
    raise NotImplementedError("write max_item()")


class Point:  # make me a NamedTuple with x: float, y: float, label: str = ""
    def distance_to(self, other: "Point") -> float:
        raise NotImplementedError("write Point.distance_to()")


class Movie:  # make me a TypedDict with title: str, year: int
    pass


class RatedMovie(Movie):  # extend Movie with an optional rating: float
    pass


def average_rating(movies: Iterable[RatedMovie]) -> Optional[float]:
    raise NotImplementedError("write average_rating()")
