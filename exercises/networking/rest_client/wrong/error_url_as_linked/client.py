"""A client for a paginated JSON API, with retries on 429 and 503."""

import time
from urllib.parse import urljoin


class APIError(Exception):
    """A response the client could not use: its HTTP status and URL."""

    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


def _wait_for(response, n):
    value = response.headers.get("Retry-After")
    if value is not None and value.strip().isdigit():
        return int(value.strip())
    return 2 ** (n - 1)


def get_all(session, url, *, timeout, sleep=time.sleep, retries=3):
    """Every item of every page, following the Link header's next URL."""
    items = []
    shown = url
    while url:
        attempt = 0
        while True:
            response = session.get(url, timeout=timeout)
            if response.status_code in (429, 503):
                if attempt >= retries:
                    raise APIError(response.status_code, shown)
                attempt += 1
                sleep(_wait_for(response, attempt))
                continue
            if not 200 <= response.status_code <= 299:
                raise APIError(response.status_code, shown)
            break
        items.extend(response.json())
        nxt = response.links.get("next", {}).get("url")
        url = urljoin(url, nxt) if nxt else None
        shown = nxt
    return items
