from typing import List, Optional

import strawberry
from graphql import GraphQLError


class BadInput(GraphQLError):
    def __init__(self, message):
        super().__init__(message, extensions={"code": "BAD_USER_INPUT"})


class NotFound(GraphQLError):
    def __init__(self, message):
        super().__init__(message, extensions={"code": "NOT_FOUND"})


@strawberry.input
class BookInput:
    year: int
    author: str
    title: str


@strawberry.type
class Book:
    year: int
    title: str
    author: str
    id: strawberry.ID

    @classmethod
    def of(cls, record):
        return cls(**{k: record[k] for k in ("id", "title", "author", "year")})


def books_of(info):
    return info.context["books"]


@strawberry.type
class Query:
    @strawberry.field
    def book(self, id: strawberry.ID, info: strawberry.Info) -> Optional[Book]:
        return next((Book.of(r) for r in books_of(info) if r["id"] == id), None)

    @strawberry.field
    def books(self, info: strawberry.Info, author: Optional[str] = None) -> List[Book]:
        return [Book.of(r) for r in books_of(info) if author is None or author == r["author"]]


@strawberry.type
class Mutation:
    @strawberry.mutation
    def delete_book(self, info: strawberry.Info, id: strawberry.ID) -> bool:
        for position, record in enumerate(books_of(info)):
            if record["id"] == id:
                books_of(info).pop(position)
                return True
        raise NotFound(f"no book with id {id}")

    @strawberry.mutation
    def add_book(self, info: strawberry.Info, input: BookInput) -> Book:
        if not input.title.strip():
            raise BadInput("title must not be empty")
        if input.year not in range(1450, 2101):
            raise BadInput("year must be between 1450 and 2100")
        record = {
            "id": str(1 + max(map(int, (r["id"] for r in books_of(info))), default=0)),
            "title": input.title.strip(),
            "author": input.author,
            "year": input.year,
        }
        books_of(info).append(record)
        return Book.of(record)


schema = strawberry.Schema(query=Query, mutation=Mutation)
