import itertools
import uuid

from flask import Blueprint, Flask, abort, current_app, g, jsonify, request

notes_api = Blueprint("notes", __name__, url_prefix="/notes")


class NoteStore:
    def __init__(self):
        self.notes = {}
        self.ids = itertools.count(1)

    def add(self, text):
        note_id = next(self.ids)
        self.notes[note_id] = {"id": note_id, "text": text}
        return self.notes[note_id]


def store():
    return current_app.extensions["note_store"]


class BadNote(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@notes_api.route("", methods=["GET", "POST"])
def collection():
    if request.method == "GET":
        return jsonify(sorted(store().notes.values(), key=lambda n: n["id"]))
    if not request.is_json:
        raise BadNote("expected a JSON object")
    try:
        body = request.get_json()
    except Exception:
        raise BadNote("expected a JSON object")
    if type(body) is not dict:
        raise BadNote("expected a JSON object")
    text = body.get("text")
    if type(text) is not str or text.isspace() or text == "":
        raise BadNote("text must be a non-empty string")
    return store().add(text), 201


@notes_api.route("/<int:note_id>", methods=["GET", "DELETE"])
def item(note_id):
    notes = store().notes
    if note_id not in notes:
        abort(404)
    if request.method == "DELETE":
        del notes[note_id]
        return "", 204
    return notes[note_id]


def create_app():
    app = Flask(__name__)
    app.extensions["note_store"] = NoteStore()
    app.register_blueprint(notes_api)

    @app.errorhandler(BadNote)
    def bad_note(error):
        return {"error": error.message}, 400

    @app.errorhandler(404)
    def not_found(error):
        return {"error": "not found"}, 404

    @app.errorhandler(405)
    def not_allowed(error):
        return {"error": "method not allowed"}, 405, {"Allow": ", ".join(sorted(error.valid_methods))}

    @app.before_request
    def remember_id():
        incoming = request.headers.get("X-Request-Id", "")
        g.rid = incoming if incoming else uuid.uuid4().hex

    @app.after_request
    def add_id(response):
        response.headers.set("X-Request-Id", g.get("rid") or uuid.uuid4().hex)
        return response

    return app
