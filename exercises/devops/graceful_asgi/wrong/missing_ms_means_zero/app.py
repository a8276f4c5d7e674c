"""An ASGI app that starts and stops cleanly under uvicorn."""
import asyncio
import json
import os
from urllib.parse import parse_qs

_state = {"ready": False}


def _event(line):
    path = os.environ.get("EVENTS_FILE")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(line + "\n")


async def _respond(send, status, body):
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})


async def _lifespan(receive, send):
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            _state["ready"] = True
            _event("startup")
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            _state["ready"] = False
            _event("shutdown")
            await send({"type": "lifespan.shutdown.complete"})
            return


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        await _lifespan(receive, send)
        return
    if scope["type"] != "http":
        return
    path = scope["path"]
    if scope.get("method", "GET") == "GET" and path == "/healthz":
        if _state["ready"]:
            await _respond(send, 200, {"status": "ok"})
        else:
            await _respond(send, 503, {"status": "starting"})
    elif scope.get("method", "GET") == "GET" and path == "/work":
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        try:
            ms = int(query.get("ms", ["0"])[0])
        except (KeyError, IndexError, ValueError):
            await _respond(send, 400, {"error": "ms must be an integer"})
            return
        _event(f"work {ms}")
        await asyncio.sleep(max(ms, 0) / 1000)
        await _respond(send, 200, {"done": ms})
    else:
        await _respond(send, 404, {"error": "not found"})
