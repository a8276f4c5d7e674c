"""An ASGI app that starts and stops cleanly under uvicorn."""


async def app(scope, receive, send):
    raise NotImplementedError("write the ASGI app")
