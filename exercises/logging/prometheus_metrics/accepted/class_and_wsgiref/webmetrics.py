import threading
import time
from wsgiref.simple_server import WSGIRequestHandler, make_server

import prometheus_client
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)
REQUESTS = Counter("http_requests", "HTTP requests handled.", labelnames=("method", "status"), registry=REGISTRY)
LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time spent handling a request.",
    labelnames=("method",),
    buckets=[0.05, 0.1, 0.25, 0.5, 1.0, float("inf")],
    registry=REGISTRY,
)
IN_PROGRESS = Gauge("http_requests_in_progress", "Requests being handled.", registry=REGISTRY)

KNOWN = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class track:
    def __init__(self, method, clock=time.perf_counter):
        upper = method.upper()
        self.method = upper if upper in KNOWN else "OTHER"
        self.clock = clock
        self.status = 200

    def __enter__(self):
        IN_PROGRESS.inc()
        self.started = self.clock()
        return self

    def __exit__(self, exc_type, exc, tb):
        elapsed = self.clock() - self.started
        if exc_type is not None:
            self.status = 500
        LATENCY.labels(method=self.method).observe(elapsed)
        REQUESTS.labels(method=self.method, status=str(self.status)).inc()
        IN_PROGRESS.dec()
        return False


def exposition():
    return prometheus_client.generate_latest(REGISTRY)


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def serve(port):
    server = make_server("127.0.0.1", port, prometheus_client.make_wsgi_app(REGISTRY), handler_class=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
