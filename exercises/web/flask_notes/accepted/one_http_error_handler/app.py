"""Notes API: one handler turns every HTTP error into JSON."""

import json
import uuid

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

MESSAGES = {404: "not found", 405: "method not allowed"}


def json_response(payload, status):
    return Response(json.dumps(payload), status=status, mimetype="application/json")


def create_app():
    app = Flask(__name__)
    state = {"notes": [], "last_id": 0}

    @app.errorhandler(HTTPException)
    def http_error(error):
        response = error.get_response()  # keeps headers such as Allow
        response.data = json.dumps({"error": MESSAGES.get(error.code, error.name.lower())})
        response.content_type = "application/json"
        return response

    @app.before_request
    def start():
        request.environ["notes.request_id"] = request.headers.get("X-Request-Id") or uuid.uuid4().hex

    @app.after_request
    def finish(response):
        response.headers["X-Request-Id"] = request.environ["notes.request_id"]
        return response

    def find(note_id):
        for note in state["notes"]:
            if note["id"] == note_id:
                return note
        return None

    @app.route("/notes", methods=["GET"])
    def index():
        return json_response(state["notes"], 200)

    @app.route("/notes", methods=["POST"])
    def create():
        raw = request.get_data(as_text=True)
        if request.mimetype != "application/json":
            return json_response({"error": "expected a JSON object"}, 400)
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return json_response({"error": "expected a JSON object"}, 400)
        text = body.get("text")
        if not (isinstance(text, str) and text.strip()):
            return json_response({"error": "text must be a non-empty string"}, 400)
        state["last_id"] += 1
        note = {"id": state["last_id"], "text": text}
        state["notes"].append(note)
        return json_response(note, 201)

    @app.route("/notes/<int:note_id>", methods=["GET"])
    def show(note_id):
        note = find(note_id)
        return json_response(note, 200) if note else json_response({"error": "not found"}, 404)

    @app.route("/notes/<int:note_id>", methods=["DELETE"])
    def remove(note_id):
        note = find(note_id)
        if note is None:
            return json_response({"error": "not found"}, 404)
        state["notes"].remove(note)
        return Response(status=204)

    return app
