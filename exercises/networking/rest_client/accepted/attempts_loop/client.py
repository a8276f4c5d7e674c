import time
from urllib.parse import urljoin


class APIError(Exception):
    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


def fetch(session, url, timeout, sleep, retries):
    for attempt in range(retries + 1):
        response = session.get(url, timeout=timeout)
        if response.ok and response.status_code < 300:
            return response
        if response.status_code not in (429, 503) or attempt == retries:
            raise APIError(response.status_code, url)
        header = response.headers.get("Retry-After")
        try:
            delay = int(header)
        except (TypeError, ValueError):
            delay = 2 ** attempt
        sleep(delay)


def get_all(session, url, *, timeout, sleep=time.sleep, retries=3):
    result = []
    current = url
    while True:
        response = fetch(session, current, timeout, sleep, retries)
        result += response.json()
        link = response.links.get("next")
        if not link:
            return result
        current = urljoin(current, link["url"])
