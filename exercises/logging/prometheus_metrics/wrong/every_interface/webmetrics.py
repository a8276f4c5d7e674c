# breaks: "serve(port) starts an HTTP server on 127.0.0.1:port" (binds every interface)
"""Request metrics for a web service."""

import contextlib
import time
import types

import prometheus_client

REGISTRY = prometheus_client.CollectorRegistry()
REQUESTS = prometheus_client.Counter(
    "http_requests_total", "HTTP requests handled.", ["method", "status"], registry=REGISTRY)
LATENCY = prometheus_client.Histogram(
    "http_request_duration_seconds", "Time spent handling a request.", ["method"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0), registry=REGISTRY)
IN_PROGRESS = prometheus_client.Gauge(
    "http_requests_in_progress", "Requests being handled.", registry=REGISTRY)

METHODS = frozenset("GET HEAD POST PUT PATCH DELETE OPTIONS".split())


def _label(method):
    m = str(method).upper()
    return m if m in METHODS else "OTHER"


@contextlib.contextmanager
def track(method, clock=time.perf_counter):
    """A context manager that counts, times and tracks one request."""
    label = _label(method)
    request = types.SimpleNamespace(status=200)
    IN_PROGRESS.inc()
    start = clock()
    status = None
    try:
        yield request
    except BaseException:
        status = 500
        raise
    finally:
        end = clock()
        IN_PROGRESS.dec()
        if status is None:
            status = request.status
        LATENCY.labels(method=label).observe(end - start)
        REQUESTS.labels(method=label, status=str(int(status))).inc()


def exposition():
    """The text exposition of REGISTRY, as bytes."""
    return prometheus_client.generate_latest(REGISTRY)


def serve(port):
    """Serve the exposition at http://127.0.0.1:PORT/metrics from a background thread."""
    prometheus_client.start_http_server(port, addr="0.0.0.0", registry=REGISTRY)
