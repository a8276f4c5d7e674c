"""Wrong: close_all catches the exceptions of close() and never re-raises them: failures are silently lost."""

import math
from typing import Any, Iterable, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    """Anything with a close() method."""

    def close(self) -> None: ...


class SupportsLessThan(Protocol):
    """Anything that can be compared with <."""

    def __lt__(self, other: Any) -> bool: ...


L = TypeVar("L", bound=SupportsLessThan)


def close_all(items: Iterable[object]) -> int:
    """Close every Closeable item, in order, and return how many were closed."""
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
    return closed


def max_item(items: Iterable[L]) -> L:
    """Return the first of the largest items, comparing with < only."""
    iterator = iter(items)
    try:
        best = next(iterator)
    except StopIteration:
        raise ValueError("max_item() of an empty iterable") from None
    for item in iterator:
        if best < item:
            best = item
    return best


class Point(NamedTuple):
    """An immutable, labelled point in the plane."""

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
    """Average rating of the movies that have one; None when none has."""
    ratings: List[float] = [m["rating"] for m in movies if "rating" in m]
    if not ratings:
        return None
    return sum(ratings) / len(ratings)
