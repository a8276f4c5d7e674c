"""Classic Column declarations, a unit-of-work helper, one join for the catalogue."""

import contextlib
from collections import defaultdict

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, relationship, sessionmaker


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True, nullable=False)
    books = relationship("Book", back_populates="author", cascade="all, delete-orphan", passive_deletes=False)


class Book(Base):
    __tablename__ = "books"
    __table_args__ = (UniqueConstraint("author_id", "title", name="one_title_per_author"),)
    id = Column(Integer, primary_key=True)
    title = Column(String, nullable=False)
    author_id = Column(Integer, ForeignKey("authors.id"), nullable=False)
    author = relationship(Author, back_populates="books")


class Library:
    def __init__(self, engine):
        Base.metadata.create_all(engine, checkfirst=True)
        self.make_session = sessionmaker(bind=engine, expire_on_commit=False)

    @contextlib.contextmanager
    def unit_of_work(self):
        session = self.make_session()
        try:
            yield session
            session.commit()
        except IntegrityError as error:
            session.rollback()
            raise ValueError("refused by the database") from error
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()

    @staticmethod
    def _author(session, name):
        found = session.execute(select(Author).filter_by(name=name)).scalar_one_or_none()
        if found is None:
            raise LookupError("unknown author: " + repr(name))
        return found

    def add_author(self, name):
        if not (name and name.strip()):
            raise ValueError("an author needs a name")
        with self.unit_of_work() as session:
            author = Author(name=name)
            session.add(author)
        return author.id  # expire_on_commit=False keeps it loaded

    def add_books(self, author, titles):
        if any(not (t and t.strip()) for t in titles):
            raise ValueError("a book needs a title")
        with self.unit_of_work() as session:
            owner = self._author(session, author)
            new = [Book(title=t) for t in titles]
            owner.books.extend(new)
        return [book.id for book in new]

    def catalogue(self):
        rows = defaultdict(list)
        with self.unit_of_work() as session:
            query = select(Author.name, Book.title).outerjoin(Book, Book.author_id == Author.id)
            for name, title in session.execute(query):
                rows[name]
                if title is not None:
                    rows[name].append(title)
        return [(name, sorted(rows[name])) for name in sorted(rows)]

    def book_counts(self):
        with self.unit_of_work() as session:
            query = (
                select(Author.name, func.count(Book.id))
                .select_from(Author)
                .outerjoin(Book)
                .group_by(Author.name)
            )
            return {name: n for name, n in session.execute(query)}

    def delete_author(self, name):
        with self.unit_of_work() as session:
            session.delete(self._author(session, name))
