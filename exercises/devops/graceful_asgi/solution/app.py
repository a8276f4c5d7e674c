"""An ASGI app that starts and stops cleanly under uvicorn."""

import asyncio
import json
import os
from urllib.parse import parse_qs

STATE = {"ready": False}


def log(event):
    path = os.environ.get("EVENTS_FILE")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(event + "\n")


async def send_json(send, status, body):
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": json.dumps(body).encode()})


async def lifespan(receive, send):
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            STATE["ready"] = True
            log("startup")
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            STATE["ready"] = False
            log("shutdown")
            await send({"type": "lifespan.shutdown.complete"})
            return


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        await lifespan(receive, send)
        return
    if scope["type"] != "http":
        return
    path, method = scope["path"], scope["method"]
    if path == "/healthz" and method == "GET":
        if STATE["ready"]:
            await send_json(send, 200, {"status": "ok"})
        else:
            await send_json(send, 503, {"status": "starting"})
    elif path == "/work" and method == "GET":
        query = parse_qs(scope["query_string"].decode())
        try:
            ms = int(query.get("ms", [""])[0])
        except ValueError:
            await send_json(send, 400, {"error": "ms must be an integer"})
            return
        log(f"work {ms}")
        await asyncio.sleep(ms / 1000)
        await send_json(send, 200, {"done": ms})
    else:
        await send_json(send, 404, {"error": "not found"})
