"""A small GraphQL API for a library's books, with strawberry."""

from typing import List, Optional

import strawberry


@strawberry.type
class Book:
    id: strawberry.ID
    title: str
    author: str
    year: int


@strawberry.type
class Query:
    @strawberry.field
    def books(self, info: strawberry.Info, author: Optional[str] = None) -> List[Book]:
        return []


schema = strawberry.Schema(query=Query)
