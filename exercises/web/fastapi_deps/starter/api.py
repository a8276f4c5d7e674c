"""An items API with FastAPI dependencies: see TASK.md (`grader show web/fastapi_deps`)."""

from typing import Dict

from fastapi import FastAPI
from pydantic import BaseModel

from store import STORE, ItemStore


class Settings(BaseModel):
    tokens: Dict[str, str] = {}
    page_size: int = 10


def get_settings() -> Settings:
    raise NotImplementedError("write get_settings()")


def get_store() -> ItemStore:
    raise NotImplementedError("write get_store()")


def current_user() -> str:
    raise NotImplementedError("write current_user()")


app = FastAPI()
