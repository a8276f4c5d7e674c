# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
from functools import reduce
from typing import (Any, Iterable, List, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, runtime_checkable)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class SupportsLessThan(Protocol):
    def __lt__(self, other: Any) -> bool:
        ...


L = TypeVar("L", bound=SupportsLessThan)


def close_all(items: Iterable[object]) -> int:
    errors: List[Exception] = []
    targets = [item for item in items if isinstance(item, Closeable)]
    for target in targets:
        try:
            target.close()
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]
    return len(targets)


_EMPTY = object()


def max_item(items: Iterable[L]) -> L:
    result = reduce(lambda best, item: item if best is _EMPTY or best < item else best,
                    items, _EMPTY)
    if result is _EMPTY:
        raise ValueError("empty iterable")
    return result  # type: ignore[return-value]


class Point(NamedTuple):
    x: float
    y: float
    label: str = ""

    def distance_to(self, other: "Point") -> float:
        dx = self.x - other.x
        dy = self.y - other.y
        return float((dx * dx + dy * dy) ** 0.5)


class Movie(TypedDict):
    title: str
    year: int


class RatedMovie(Movie, total=False):
    rating: float


def average_rating(movies: Iterable[RatedMovie]) -> Optional[float]:
    total = 0.0
    count = 0
    for movie in movies:
        rating = movie.get("rating")
        if rating is not None:
            total += rating
            count += 1
    return total / count if count else None
