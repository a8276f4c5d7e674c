import re
import time
import urllib.parse

import requests.utils


class APIError(Exception):
    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


def next_url(response, base):
    for link in requests.utils.parse_header_links(response.headers.get("link", "")):
        if "next" in link.get("rel", "").split():
            return urllib.parse.urljoin(base, link["url"])
    return None


def pages(session, url, timeout, sleep, retries):
    while url:
        tries = 0
        while True:
            r = session.get(url, timeout=timeout)
            if r.status_code not in (429, 503):
                break
            if tries == retries:
                raise APIError(r.status_code, url)
            tries += 1
            after = r.headers.get("retry-after")
            if after is not None and re.fullmatch(r"\s*\d+\s*", after):
                sleep(int(after))
            else:
                sleep(2 ** (tries - 1))
        if r.status_code // 100 != 2:
            raise APIError(r.status_code, url)
        yield r.json()
        url = next_url(r, url)


def get_all(session, url, *, timeout, sleep=time.sleep, retries=3):
    return [item for page in pages(session, url, timeout, sleep, retries) for item in page]
