import json
import re
from http import HTTPStatus


class Response(Exception):
    def __init__(self, status, body=None, headers=()):
        self.status, self.body, self.headers = status, body, list(headers)


class App:
    def __init__(self):
        self.items = []
        self.next_id = 1
        self.routes = [
            (re.compile(r"^/todos$"), {"GET": self.list_all, "POST": self.create}),
            (re.compile(r"^/todos/(\d+)$"), {"GET": self.get_one, "DELETE": self.delete}),
        ]

    def find(self, todo_id):
        for item in self.items:
            if str(item["id"]) == todo_id:
                return item
        raise Response(404, {"error": "todo %s not found" % todo_id})

    def list_all(self, environ):
        raise Response(200, self.items)

    def get_one(self, environ, todo_id):
        raise Response(200, self.find(todo_id))

    def delete(self, environ, todo_id):
        self.items.remove(self.find(todo_id))
        raise Response(204)

    def create(self, environ):
        size = environ.get("CONTENT_LENGTH")
        raw = environ["wsgi.input"].read(int(size)) if size else b""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Response(400, {"error": "not JSON"})
        if type(data) is not dict or type(data.get("title")) is not str or data["title"].isspace() or not data["title"]:
            raise Response(400, {"error": "bad title"})
        item = {"id": self.next_id, "title": data["title"], "done": False}
        self.next_id += 1
        self.items.append(item)
        raise Response(201, item, [("Location", "/todos/%d" % item["id"])])

    def dispatch(self, environ):
        path, method = environ["PATH_INFO"], environ["REQUEST_METHOD"]
        for pattern, handlers in self.routes:
            match = pattern.match(path)
            if match:
                if match.groups():
                    self.find(match.group(1))
                if method not in handlers:
                    raise Response(405, {"error": "method not allowed"}, [("Allow", ", ".join(sorted(handlers)))])
                handlers[method](environ, *match.groups())
        raise Response(404, {"error": "not found"})

    def __call__(self, environ, start_response):
        try:
            self.dispatch(environ)
        except Response as r:
            response = r
        status = HTTPStatus(response.status)
        headers = response.headers
        payload = b""
        if response.status != 204:
            payload = json.dumps(response.body).encode()
            headers.append(("Content-Type", "application/json"))
        start_response("%d %s" % (status.value, status.phrase), headers)
        return [payload]


def make_app():
    return App()
