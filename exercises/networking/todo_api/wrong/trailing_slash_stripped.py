import json
import re

_REASONS = {200: "200 OK", 201: "201 Created", 204: "204 No Content", 400: "400 Bad Request",
            404: "404 Not Found", 405: "405 Method Not Allowed"}


def make_app():
    todos = {}
    counter = [0]

    def respond(start_response, status, body=None, headers=()):
        hdrs = list(headers)
        if status == 204:
            start_response(_REASONS[status], hdrs)
            return [b""]
        data = json.dumps(body).encode()
        hdrs += [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
        start_response(_REASONS[status], hdrs)
        return [data]

    def error(start_response, status, message, headers=()):
        return respond(start_response, status, {"error": message}, headers)

    def app(environ, start_response):
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "").rstrip("/") or "/"
        if path == "/todos":
            if method == "GET":
                return respond(start_response, 200, [todos[k] for k in sorted(todos)])
            if method == "POST":
                try:
                    length = int(environ.get("CONTENT_LENGTH") or 0)
                except ValueError:
                    length = 0
                raw = environ["wsgi.input"].read(length) if length else b""
                try:
                    payload = json.loads(raw)
                except ValueError:
                    return error(start_response, 400, "body is not JSON")
                if not isinstance(payload, dict):
                    return error(start_response, 400, "body is not an object")
                title = payload.get("title")
                if not isinstance(title, str) or not title.strip():
                    return error(start_response, 400, "title must be a non-empty string")
                counter[0] += 1
                todo = {"id": counter[0], "title": title, "done": False}
                todos[counter[0]] = todo
                return respond(start_response, 201, todo, [("Location", f"/todos/{counter[0]}")])
            return error(start_response, 405, "method not allowed", [("Allow", "GET, POST")])
        m = re.fullmatch(r"/todos/([0-9]+)", path)
        if m and int(m.group(1)) in todos:
            tid = int(m.group(1))
            if method == "GET":
                return respond(start_response, 200, todos[tid])
            if method == "DELETE":
                del todos[tid]
                return respond(start_response, 204)
            return error(start_response, 405, "method not allowed", [("Allow", "DELETE, GET")])
        return error(start_response, 404, "not found")

    return app
