"""A small GraphQL API for a library's books, with strawberry."""

from typing import List, Optional

import strawberry
from graphql import GraphQLError

FIRST_YEAR, LAST_YEAR = 1450, 2100


@strawberry.type
class Book:
    id: strawberry.ID
    title: str
    author: str
    year: int


@strawberry.input
class BookInput:
    title: str
    author: str
    year: int


def _book(record):
    return Book(id=strawberry.ID(record["id"]), title=record["title"], author=record["author"], year=record["year"])


@strawberry.type
class Query:
    @strawberry.field
    def books(self, info: strawberry.Info, author: Optional[str] = None) -> List[Book]:
        return [_book(r) for r in info.context["books"] if author is None or r["author"] == author]

    @strawberry.field
    def book(self, info: strawberry.Info, id: strawberry.ID) -> Optional[Book]:
        for record in info.context["books"]:
            if record["id"] == id:
                return _book(record)
        return None


@strawberry.type
class Mutation:
    @strawberry.mutation
    def add_book(self, info: strawberry.Info, input: BookInput) -> Book:
        title = input.title.strip()
        if not title:
            raise GraphQLError("title must not be empty", extensions={"code": "BAD_USER_INPUT"})
        if not FIRST_YEAR <= input.year <= LAST_YEAR:
            raise GraphQLError(
                f"year must be between {FIRST_YEAR} and {LAST_YEAR}", extensions={"code": "BAD_USER_INPUT"}
            )
        books = info.context["books"]
        new_id = str(max((int(r["id"]) for r in books), default=0) + 1)
        record = {"id": new_id, "title": title, "author": input.author, "year": input.year}
        books.append(record)
        return _book(record)

    @strawberry.mutation
    def delete_book(self, info: strawberry.Info, id: strawberry.ID) -> bool:
        books = info.context["books"]
        for index, record in enumerate(books):
            if record["id"] == id:
                del books[index]
                return True
        raise GraphQLError(f"no book with id {id}", extensions={"code": "NOT_FOUND"})


schema = strawberry.Schema(query=Query, mutation=Mutation)
