import itertools
import json

STATUS_LINES = {200: "200 OK", 201: "201 Created", 204: "204 No Content", 400: "400 Bad Request",
                404: "404 Not Found", 405: "405 Method Not Allowed"}


def make_app():
    todos = {}
    ids = itertools.count(1)

    def reply(start_response, code, body=None, **headers):
        out = [(k.replace("_", "-"), v) for k, v in headers.items()]
        if code == 204:
            start_response(STATUS_LINES[code], out)
            return [b""]
        data = json.dumps(body).encode("utf-8")
        out += [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
        start_response(STATUS_LINES[code], out)
        return [data]

    def app(environ, start_response):
        method, path = environ["REQUEST_METHOD"], environ["PATH_INFO"]
        parts = path.split("/")
        if path == "/todos":
            if method == "GET":
                return reply(start_response, 200, list(todos.values()))
            if method != "POST":
                return reply(start_response, 405, {"error": "use GET or POST"}, Allow="GET, POST")
            raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or "0"))
            try:
                body = json.loads(raw)
            except json.JSONDecodeError:
                return reply(start_response, 400, {"error": "invalid JSON"})
            if not (isinstance(body, dict) and isinstance(body.get("title"), str) and body["title"].strip()):
                return reply(start_response, 400, {"error": "a non-empty title is required"})
            todo = {"id": next(ids), "title": body["title"], "done": False}
            todos[todo["id"]] = todo
            return reply(start_response, 201, todo, Location="/todos/%d" % todo["id"])
        if len(parts) == 3 and parts[1] == "todos" and parts[2].isdigit() and parts[2].isascii():
            todo_id = int(parts[2])
            if todo_id in todos:
                if method == "GET":
                    return reply(start_response, 200, todos[todo_id])
                if method == "DELETE":
                    del todos[todo_id]
                    return reply(start_response, 204)
                return reply(start_response, 405, {"error": "use GET or DELETE"}, Allow="DELETE, GET")
        return reply(start_response, 404, {"error": "no such resource: " + path})

    return app
