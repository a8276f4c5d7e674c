"""The same with reduce, a collected error list and math.dist."""
from __future__ import annotations

import functools
import math
import typing as t


@t.runtime_checkable
class Closeable(t.Protocol):
    def close(self) -> None:
        ...


class SupportsLessThan(t.Protocol):
    def __lt__(self, other: t.Any) -> bool:
        ...


L = t.TypeVar("L", bound=SupportsLessThan)

_EMPTY = object()


def close_all(items: t.Iterable[object]) -> int:
    errors: list[Exception] = []
    count = 0
    for obj in items:
        if not isinstance(obj, Closeable):
            continue
        try:
            obj.close()
            count += 1
        except Exception as exc:  # keep closing the others
            errors.append(exc)
    if errors:
        raise errors[0]
    return count


def max_item(items: t.Iterable[L]) -> L:
    best = functools.reduce(lambda a, b: b if (a is _EMPTY or a < b) else a, items, _EMPTY)
    if best is _EMPTY:
        raise ValueError("empty")
    return t.cast(L, best)


class Point(t.NamedTuple):
    x: float
    y: float
    label: str = ""

    def distance_to(self, other: Point) -> float:
        return float(math.dist((self.x, self.y), (other.x, other.y)))


class Movie(t.TypedDict):
    title: str
    year: int


class RatedMovie(Movie, total=False):
    rating: float


def average_rating(movies: t.Iterable[RatedMovie]) -> t.Optional[float]:
    total, n = 0.0, 0
    for movie in movies:
        if "rating" in movie:
            total += movie["rating"]
            n += 1
    return total / n if n else None
