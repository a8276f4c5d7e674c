"""The service to ship: a WSGI app with a health check."""


def app(environ, start_response):
    status = "200 OK" if environ.get("PATH_INFO") == "/healthz" else "404 Not Found"
    start_response(status, [("Content-Type", "text/plain")])
    return [b"ok" if status == "200 OK" else b"not found"]
