"""A client for a paginated JSON API, with retries on 429 and 503."""

import time
from urllib.parse import urljoin


class APIError(Exception):
    """A response the client could not use: its HTTP status and URL."""

    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


def _wait_for(response, attempt):
    value = response.headers.get("Retry-After")
    if value is not None and value.strip().isdigit():
        return int(value.strip())
    return 2 ** (attempt - 1)


def get_all(session, url, *, timeout, sleep=time.sleep, retries=3):
    """Every item of every page, following the Link header's next URL."""
    items = []
    page_url = url
    while page_url:
        attempt = 0
        while True:
            resp = session.get(page_url, timeout=timeout)
            if resp.status_code in (429, 503):
                if attempt >= retries:
                    raise APIError(resp.status_code, page_url)
                attempt += 1
                sleep(_wait_for(resp, attempt))
                continue
            if not resp.ok:
                raise APIError(resp.status_code, page_url)
            break
        items.extend(resp.json())
        nxt = resp.links.get("next", {}).get("url")
        page_url = urljoin(page_url, nxt) if nxt else None
    return items
