"""Annotated dependencies; the public fields are picked by hand."""

from typing import Dict, Optional

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from typing_extensions import Annotated

from store import STORE, ItemStore

PUBLIC = ("id", "name", "price", "owner")


class Settings(BaseModel):
    tokens: Dict[str, str] = {}
    page_size: int = 10


class ItemIn(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=50)]
    price: Annotated[float, Field(gt=0)]


def get_settings() -> Settings:
    return Settings()


def get_store() -> ItemStore:
    return STORE


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[ItemStore, Depends(get_store)]


def unauthorized():
    return HTTPException(401, detail="invalid token", headers={"WWW-Authenticate": "Bearer"})


def current_user(request: Request, settings: SettingsDep) -> str:
    header: Optional[str] = request.headers.get("authorization")
    if not header:
        raise unauthorized()
    parts = header.split(" ")
    if len(parts) != 2 or parts[0].casefold() != "bearer":
        raise unauthorized()
    try:
        return settings.tokens[parts[1]]
    except KeyError:
        raise unauthorized() from None


UserDep = Annotated[str, Depends(current_user)]


def public(item):
    return {key: item[key] for key in PUBLIC}


def not_found():
    return HTTPException(404, detail="item not found")


app = FastAPI()


@app.get("/items")
def items(store: StoreDep, settings: SettingsDep, page: Annotated[int, Field(ge=1)] = 1):
    everything = store.all()
    first = (page - 1) * settings.page_size
    return [public(item) for item in everything[first : first + settings.page_size]]


@app.get("/items/{item_id}")
def item(item_id: int, store: StoreDep):
    found = store.get(item_id)
    if not found:
        raise not_found()
    return public(found)


@app.post("/items")
def add(body: ItemIn, user: UserDep, store: StoreDep):
    return JSONResponse(public(store.add(body.name, body.price, user)), status_code=201)


@app.delete("/items/{item_id}")
def delete(item_id: int, user: UserDep, store: StoreDep):
    found = store.get(item_id)
    if not found:
        raise not_found()
    if found["owner"] != user:
        raise HTTPException(403, detail="not the owner")
    store.delete(item_id)
    return Response(status_code=204)


@app.get("/me")
def me(user: UserDep):
    return {"user": user}
