from typing import Dict, List, Optional

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, confloat, constr

import store as store_module


class Settings(BaseModel):
    tokens: Dict[str, str] = {}
    page_size: int = 10


class NewItem(BaseModel):
    name: constr(min_length=1, max_length=50)
    price: confloat(gt=0)


class PublicItem(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: int
    name: str
    price: float
    owner: str


def get_settings():
    return Settings()


def get_store():
    return store_module.STORE


bearer = HTTPBearer(auto_error=False)


def current_user(
    credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer),
    settings: Settings = Depends(get_settings),
):
    if credentials is not None and credentials.credentials in settings.tokens:
        return settings.tokens[credentials.credentials]
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token", {"WWW-Authenticate": "Bearer"})


def existing_item(item_id: int, store=Depends(get_store)):
    item = store.get(item_id)
    if item is None:
        raise HTTPException(404, "item not found")
    return item


router = APIRouter(prefix="/items")


@router.get("", response_model=List[PublicItem])
def page_of_items(page: int = Query(1, ge=1), settings=Depends(get_settings), store=Depends(get_store)):
    size = settings.page_size
    return store.all()[size * (page - 1) : size * page]


@router.get("/{item_id}", response_model=PublicItem)
def one_item(item=Depends(existing_item)):
    return item


@router.post("", response_model=PublicItem, status_code=status.HTTP_201_CREATED)
def new_item(item: NewItem, user=Depends(current_user), store=Depends(get_store)):
    return PublicItem(**store.add(item.name, item.price, owner=user))


@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove_item(item=Depends(existing_item), user=Depends(current_user), store=Depends(get_store)):
    if item["owner"] != user:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not the owner")
    store.delete(item["id"])


app = FastAPI()
app.include_router(router)


@app.get("/me")
def who_am_i(user=Depends(current_user)):
    return {"user": user}
