"""A library catalogue on SQLAlchemy 2.0: see TASK.md (`grader show web/sqlalchemy_uow`)."""

from typing import Dict, List, Tuple

from sqlalchemy import ForeignKey, UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload, sessionmaker


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    books: Mapped[List["Book"]] = relationship(
        back_populates="author", cascade="all, delete-orphan", order_by="Book.title"
    )


class Book(Base):
    __tablename__ = "books"
    __table_args__ = (UniqueConstraint("author_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship(back_populates="books")


def _check_name(value, what):
    if not isinstance(value, str) or not value.strip():
        raise ValueError("%s must be a non-empty string" % what)


class Library:
    """Each method is one unit of work: its own session, committed or rolled back."""

    def __init__(self, engine):
        Base.metadata.create_all(engine)
        self._sessions = sessionmaker(engine)

    def _find_author(self, session, name):
        author = session.scalars(select(Author).where(Author.name == name)).one_or_none()
        if author is None:
            raise LookupError("no author named %r" % (name,))
        return author

    def add_author(self, name: str) -> int:
        _check_name(name, "name")
        try:
            with self._sessions.begin() as session:
                author = Author(name=name)
                session.add(author)
                session.flush()
                return author.id
        except IntegrityError:
            raise ValueError("author %r exists" % (name,)) from None

    def add_books(self, author: str, titles: List[str]) -> List[int]:
        for title in titles:
            _check_name(title, "title")
        try:
            with self._sessions.begin() as session:
                owner = self._find_author(session, author)
                books = [Book(title=title, author=owner) for title in titles]
                session.add_all(books)
                session.flush()
                return [book.id for book in books]
        except IntegrityError:
            raise ValueError("a title is already in the catalogue for %r" % (author,)) from None

    def catalogue(self) -> List[Tuple[str, List[str]]]:
        with self._sessions() as session:
            authors = session.scalars(select(Author).options(selectinload(Author.books)).order_by(Author.name))
            return [(a.name, [b.title for b in a.books]) for a in authors]

    def book_counts(self) -> Dict[str, int]:
        with self._sessions() as session:
            rows = session.execute(
                select(Author.name, func.count(Book.id)).outerjoin(Author.books).group_by(Author.id)
            )
            return {name: count for name, count in rows}

    def delete_author(self, name: str) -> None:
        with self._sessions.begin() as session:
            session.delete(self._find_author(session, name))
