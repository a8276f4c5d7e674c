from sqlalchemy import ForeignKey, delete, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, joinedload, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(unique=True, nullable=False)
    books = relationship("Book", back_populates="author")


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"), nullable=False)
    author = relationship("Author", back_populates="books")


def blank(text):
    return not isinstance(text, str) or text.strip() == ""


class Library:
    def __init__(self, engine):
        self.engine = engine
        Base.metadata.create_all(engine)

    def add_author(self, name):
        if blank(name):
            raise ValueError("empty name")
        session = Session(self.engine)
        try:
            if session.scalar(select(Author.id).where(Author.name == name)) is not None:
                raise ValueError("duplicate author")
            author = Author(name=name)
            session.add(author)
            session.flush()
            new_id = author.id
            session.commit()
            return new_id
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def add_books(self, author, titles):
        titles = list(titles)
        if any(blank(t) for t in titles) or len(set(titles)) != len(titles):
            raise ValueError("bad titles")
        session = Session(self.engine)
        try:
            owner = session.scalar(select(Author).where(Author.name == author))
            if owner is None:
                raise LookupError(author)
            taken = set(session.scalars(select(Book.title).where(Book.author_id == owner.id)))
            if taken & set(titles):
                raise ValueError("title already stored")
            books = []
            for title in titles:
                books.append(Book(title=title, author_id=owner.id))
            session.add_all(books)
            session.flush()
            ids = [b.id for b in books]
            session.commit()
            return ids
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def catalogue(self):
        with Session(self.engine) as session:
            query = select(Author).options(joinedload(Author.books))
            authors = session.scalars(query).unique().all()
            result = [(a.name, sorted(b.title for b in a.books)) for a in authors]
        return sorted(result)

    def book_counts(self):
        per_author = select(func.count(Book.id)).where(Book.author_id == Author.id).scalar_subquery()
        with Session(self.engine) as session:
            return dict(session.execute(select(Author.name, per_author)).all())

    def delete_author(self, name):
        with Session(self.engine) as session:
            with session.begin():
                author_id = session.scalar(select(Author.id).where(Author.name == name))
                if author_id is None:
                    raise LookupError(name)
                session.execute(delete(Book).where(Book.author_id == author_id))
                session.execute(delete(Author).where(Author.id == author_id))
