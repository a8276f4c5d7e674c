import typing

import strawberry
from graphql import GraphQLError


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


def get_books(info: strawberry.Info, author: typing.Optional[str] = None) -> typing.List[Book]:
    return [Book(**r) for r in info.context["books"] if author in (None, r["author"])]


def get_book(info: strawberry.Info, id: strawberry.ID) -> typing.Optional[Book]:
    found = [r for r in info.context["books"] if r["id"] == id]
    return Book(**found[0]) if found else None


def add_book(info: strawberry.Info, input: BookInput) -> Book:
    errors = []
    if input.title.strip() == "":
        errors.append("title must not be empty")
    elif input.year < 1450 or input.year > 2100:
        errors.append("year must be between 1450 and 2100")
    if errors:
        raise GraphQLError(errors[0], extensions={"code": "BAD_USER_INPUT"})
    store = info.context["books"]
    ids = [int(r["id"]) for r in store]
    record = dict(id=str(max(ids) + 1 if ids else 1), title=input.title.strip(), author=input.author, year=input.year)
    store.append(record)
    return Book(**record)


def delete_book(info: strawberry.Info, id: strawberry.ID) -> bool:
    store = info.context["books"]
    keep = [r for r in store if r["id"] != id]
    if len(keep) == len(store):
        raise GraphQLError("no book with id %s" % id, extensions={"code": "NOT_FOUND"})
    store[:] = keep
    return True


@strawberry.type
class Query:
    books: typing.List[Book] = strawberry.field(resolver=get_books)
    book: typing.Optional[Book] = strawberry.field(resolver=get_book)


@strawberry.type
class Mutation:
    add_book: Book = strawberry.mutation(resolver=add_book)
    delete_book: bool = strawberry.mutation(resolver=delete_book)


schema = strawberry.Schema(Query, Mutation)
