"""A client for a paginated JSON API, with retries on 429 and 503."""

import time


class APIError(Exception):
    """A response the client could not use: its HTTP status and URL."""

    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


def get_all(session, url, *, timeout, sleep=time.sleep, retries=3):
    """Every item of every page, following the Link header's next URL."""
    raise NotImplementedError
