"""A small JSON REST API for to-do items, as a WSGI application (stdlib only)."""

import json


def make_app():
    """A new application with an empty list of to-dos."""

    def app(environ, start_response):
        start_response("200 OK", [("Content-Type", "application/json")])
        return [json.dumps([]).encode()]

    return app
