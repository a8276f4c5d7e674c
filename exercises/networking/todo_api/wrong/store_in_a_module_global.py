"""A small JSON REST API for to-do items, as a WSGI application (stdlib only)."""

import json
import re

REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
}


_TODOS = {}


class TodoApp:
    def __init__(self):
        self.todos = _TODOS
        self.last_id = len(_TODOS)

    def __call__(self, environ, start_response):
        status, body, headers = self.handle(environ)
        data = b"" if body is None else json.dumps(body).encode()
        if body is not None:
            headers.append(("Content-Type", "application/json"))
        headers.append(("Content-Length", str(len(data))))
        start_response(f"{status} {REASONS[status]}", headers)
        return [data]

    def handle(self, environ):
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        if path == "/todos":
            if method == "GET":
                return 200, [self.todos[i] for i in sorted(self.todos)], []
            if method == "POST":
                return self.create(environ)
            return 405, {"error": "method not allowed"}, [("Allow", "GET, POST")]
        match = re.fullmatch(r"/todos/([0-9]+)", path)
        if match is None or int(match.group(1)) not in self.todos:
            return 404, {"error": "not found"}, []
        todo_id = int(match.group(1))
        if method == "GET":
            return 200, self.todos[todo_id], []
        if method == "DELETE":
            del self.todos[todo_id]
            return 204, None, []
        return 405, {"error": "method not allowed"}, [("Allow", "DELETE, GET")]

    def create(self, environ):
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
            payload = json.loads(environ["wsgi.input"].read(length))
        except ValueError:
            return 400, {"error": "body is not JSON"}, []
        title = payload.get("title") if isinstance(payload, dict) else None
        if not isinstance(title, str) or not title.strip():
            return 400, {"error": "title must be a non-empty string"}, []
        self.last_id += 1
        todo = {"id": self.last_id, "title": title, "done": False}
        self.todos[self.last_id] = todo
        return 201, todo, [("Location", f"/todos/{self.last_id}")]


def make_app():
    """A new application with an empty list of to-dos."""
    return TodoApp()
