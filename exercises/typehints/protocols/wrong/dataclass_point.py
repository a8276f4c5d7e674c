"""Wrong: Point is an ordered dataclass instead of a NamedTuple: it compares and
prints alike, but it is mutable, not a tuple, and has no _fields."""

import math
from dataclasses import dataclass
from typing import Any, Iterable, List, Optional, Protocol, TypedDict, TypeVar, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class SupportsLessThan(Protocol):
    def __lt__(self, other: Any) -> bool: ...


L = TypeVar("L", bound=SupportsLessThan)


def close_all(items: Iterable[object]) -> int:
    closed = 0
    first_error: Optional[BaseException] = None
    for item in items:
        if isinstance(item, Closeable):
            try:
                item.close()
            except Exception as exc:
                if first_error is None:
                    first_error = exc
            else:
                closed += 1
    if first_error is not None:
        raise first_error
    return closed


def max_item(items: Iterable[L]) -> L:
    iterator = iter(items)
    try:
        best = next(iterator)
    except StopIteration:
        raise ValueError("max_item() of an empty iterable") from None
    for item in iterator:
        if best < item:
            best = item
    return best


@dataclass(order=True)
class Point:
    x: float
    y: float
    label: str = ""

    def distance_to(self, other: "Point") -> float:
        return math.hypot(other.x - self.x, other.y - self.y)


class Movie(TypedDict):
    title: str
    year: int


class RatedMovie(Movie, total=False):
    rating: float


def average_rating(movies: Iterable[RatedMovie]) -> Optional[float]:
    ratings: List[float] = [m["rating"] for m in movies if "rating" in m]
    if not ratings:
        return None
    return sum(ratings) / len(ratings)
