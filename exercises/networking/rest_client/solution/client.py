"""A client for a paginated JSON API, with retries on 429 and 503."""

import time
from urllib.parse import urljoin

RETRY_STATUSES = (429, 503)


class APIError(Exception):
    """A response the client could not use: its HTTP status and URL."""

    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


def _wait_seconds(response, retry):
    """Retry-After when it is a whole number of seconds, else 1, 2, 4, ..."""
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return int(value)
    return 2 ** (retry - 1)


def _get_page(session, url, timeout, sleep, retries):
    retry = 0
    while True:
        response = session.get(url, timeout=timeout)
        if response.status_code in RETRY_STATUSES and retry < retries:
            retry += 1
            sleep(_wait_seconds(response, retry))
            continue
        if not 200 <= response.status_code < 300:
            raise APIError(response.status_code, url)
        return response


def get_all(session, url, *, timeout, sleep=time.sleep, retries=3):
    """Every item of every page, following the Link header's next URL."""
    items = []
    while url is not None:
        response = _get_page(session, url, timeout, sleep, retries)
        items.extend(response.json())
        following = response.links.get("next", {}).get("url")
        url = urljoin(url, following) if following else None
    return items
