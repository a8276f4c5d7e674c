import json
import re
from http import HTTPStatus

_ITEM = re.compile(r"/todos/([0-9]+)")


def make_app():
    """A new WSGI application with an empty list of to-dos."""
    todos = {}
    next_id = [1]

    def respond(start_response, status, payload=None, headers=()):
        line = f"{status} {HTTPStatus(status).phrase}"
        if status == 204:
            start_response(line, list(headers))
            return [b""]
        body = json.dumps(payload).encode("utf-8")
        start_response(line, [("Content-Type", "application/json"),
                              ("Content-Length", str(len(body))), *headers])
        return [body]

    def error(start_response, status, message, headers=()):
        return respond(start_response, status, {"error": message}, headers)

    def app(environ, start_response):
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        if path == "/todos":
            if method == "GET":
                return respond(start_response, 200, [todos[k] for k in sorted(todos)])
            if method == "POST":
                try:
                    length = int(environ.get("CONTENT_LENGTH") or 0)
                except ValueError:
                    length = 0
                raw = environ["wsgi.input"].read(length) if length > 0 else b""
                try:
                    data = json.loads(raw)
                except ValueError:
                    return error(start_response, 400, "body is not JSON")
                if not isinstance(data, dict):
                    return error(start_response, 400, "body must be a JSON object")
                title = data.get("title")
                if not isinstance(title, str) or not title.strip():
                    return error(start_response, 400, "title must be a non-empty string")
                todo = {"id": next_id[0], "title": title, "done": False}
                next_id[0] += 1
                todos[todo["id"]] = todo
                return respond(start_response, 201, todo, [("Location", f"/todos/{todo['id']}")])
            return error(start_response, 405, "method not allowed", [("Allow", "GET, POST")])
        m = _ITEM.fullmatch(path)
        if m is None:
            return error(start_response, 404, "not found")
        todo = todos.get(int(m.group(1)))
        if method not in ("GET", "DELETE"):
            return error(start_response, 405, "method not allowed", [("Allow", "DELETE, GET")])
        if todo is None:
            return error(start_response, 404, "no such to-do")
        if method == "GET":
            return respond(start_response, 200, todo)
        if method == "DELETE":
            del todos[todo["id"]]
            return respond(start_response, 204)
        return error(start_response, 405, "method not allowed", [("Allow", "DELETE, GET")])

    return app
