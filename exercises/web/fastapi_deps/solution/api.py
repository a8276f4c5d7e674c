"""An items API with FastAPI dependencies: see TASK.md (`grader show web/fastapi_deps`)."""

from typing import Dict, List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Response, status
from pydantic import BaseModel, Field

from store import STORE, ItemStore


class Settings(BaseModel):
    tokens: Dict[str, str] = {}
    page_size: int = 10


class ItemIn(BaseModel):
    name: str = Field(min_length=1, max_length=50)
    price: float = Field(gt=0)


class ItemOut(BaseModel):
    id: int
    name: str
    price: float
    owner: str


def get_settings() -> Settings:
    return Settings()


def get_store() -> ItemStore:
    return STORE


def current_user(
    authorization: Optional[str] = Header(default=None),
    settings: Settings = Depends(get_settings),
) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    user = settings.tokens.get(token) if scheme.lower() == "bearer" else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="invalid token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


app = FastAPI()


@app.get("/items", response_model=List[ItemOut])
def list_items(
    page: int = Query(default=1, ge=1),
    settings: Settings = Depends(get_settings),
    store: ItemStore = Depends(get_store),
):
    start = (page - 1) * settings.page_size
    return store.all()[start : start + settings.page_size]


@app.get("/items/{item_id}", response_model=ItemOut)
def read_item(item_id: int, store: ItemStore = Depends(get_store)):
    item = store.get(item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="item not found")
    return item


@app.post("/items", response_model=ItemOut, status_code=201)
def create_item(
    body: ItemIn,
    user: str = Depends(current_user),
    store: ItemStore = Depends(get_store),
):
    return store.add(body.name, body.price, owner=user)


@app.delete("/items/{item_id}", status_code=204)
def delete_item(
    item_id: int,
    user: str = Depends(current_user),
    store: ItemStore = Depends(get_store),
):
    item = store.get(item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="item not found")
    if item["owner"] != user:
        raise HTTPException(status_code=403, detail="not the owner")
    store.delete(item_id)
    return Response(status_code=204)


@app.get("/me")
def me(user: str = Depends(current_user)):
    return {"user": user}
