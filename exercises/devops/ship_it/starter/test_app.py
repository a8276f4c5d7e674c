from app import app


def test_healthz():
    seen = []
    body = app({"PATH_INFO": "/healthz"}, lambda status, headers: seen.append(status))
    assert seen == ["200 OK"] and body == [b"ok"]
