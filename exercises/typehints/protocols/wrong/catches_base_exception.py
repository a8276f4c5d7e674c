# rule broken: close_all keeps going only when close() raises "an Exception" (this also swallows BaseException such as KeyboardInterrupt until the end)
import math
from typing import (Any, Iterable, List, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, runtime_checkable)


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
            except BaseException as exc:
                if first_error is None:
                    first_error = exc
            else:
                closed += 1
    if first_error is not None:
        raise first_error
    return closed


def max_item(items: Iterable[L]) -> L:
    it = iter(items)
    try:
        best = next(it)
    except StopIteration:
        raise ValueError("max_item() of an empty iterable") from None
    for item in it:
        if best < item:
            best = item
    return best


class Point(NamedTuple):
    x: float
    y: float
    label: str = ""

    def distance_to(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


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
