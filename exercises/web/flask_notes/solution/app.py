"""A notes API with Flask: see TASK.md (`grader show web/flask_notes`)."""

import uuid

from flask import Flask, g, jsonify, request
from werkzeug.exceptions import MethodNotAllowed, NotFound


def create_app():
    """A new app with its own, empty store of notes."""
    app = Flask(__name__)
    notes = {}
    next_id = [1]

    @app.before_request
    def take_request_id():
        g.request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex

    @app.after_request
    def echo_request_id(response):
        response.headers["X-Request-Id"] = g.request_id
        return response

    @app.errorhandler(NotFound)
    def not_found(error):
        return jsonify(error="not found"), 404

    @app.errorhandler(MethodNotAllowed)
    def method_not_allowed(error):
        response = jsonify(error="method not allowed")
        response.status_code = 405
        response.headers["Allow"] = ", ".join(error.valid_methods or [])
        return response

    @app.get("/notes")
    def list_notes():
        return jsonify([notes[key] for key in sorted(notes)])

    @app.post("/notes")
    def add_note():
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return jsonify(error="expected a JSON object"), 400
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            return jsonify(error="text must be a non-empty string"), 400
        note = {"id": next_id[0], "text": text}
        notes[note["id"]] = note
        next_id[0] += 1
        return jsonify(note), 201

    @app.get("/notes/<int:note_id>")
    def get_note(note_id):
        if note_id not in notes:
            return jsonify(error="not found"), 404
        return jsonify(notes[note_id])

    @app.delete("/notes/<int:note_id>")
    def delete_note(note_id):
        if notes.pop(note_id, None) is None:
            return jsonify(error="not found"), 404
        return "", 204

    return app
