"""Request metrics for a web service, in Prometheus' exposition format."""

import contextlib
import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest, start_http_server

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

# The module's own registry: importing it never touches the process-wide
# default one, and the exposition holds these metrics and nothing else.
REGISTRY = CollectorRegistry()

REQUESTS = Counter(
    "http_requests_total",
    "HTTP requests handled.",
    ["method", "status"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time spent handling a request.",
    ["method"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0),
    registry=REGISTRY,
)
IN_PROGRESS = Gauge(
    "http_requests_in_progress",
    "Requests being handled.",
    registry=REGISTRY,
)


class Request:
    """What the block of track() can set: the response's status."""

    def __init__(self):
        self.status = 200


def method_label(method):
    """The method in upper case, or OTHER: a label must have few values."""
    method = method.upper()
    return method if method in METHODS else "OTHER"


@contextlib.contextmanager
def track(method, clock=time.perf_counter):
    """Count, time and track one request handled by the block."""
    label = method_label(method)
    request = Request()
    IN_PROGRESS.inc()
    start = clock()
    try:
        yield request
    except BaseException:
        request.status = 500
        raise
    finally:
        LATENCY.labels(label).observe(clock() - start)
        REQUESTS.labels(label, str(request.status)).inc()
        IN_PROGRESS.dec()


def exposition():
    """The text exposition of REGISTRY, as bytes."""
    return generate_latest(REGISTRY)


def serve(port):
    """Serve the exposition at http://127.0.0.1:PORT/metrics from a background thread."""
    start_http_server(port, addr="127.0.0.1", registry=REGISTRY)
