"""Request metrics for a web service: see TASK.md (`grader show logging/prometheus_metrics`)."""

import time

import prometheus_client  # noqa: F401

REGISTRY = None  # a prometheus_client.CollectorRegistry of this module's own
REQUESTS = None  # Counter http_requests_total
LATENCY = None  # Histogram http_request_duration_seconds
IN_PROGRESS = None  # Gauge http_requests_in_progress


def track(method, clock=time.perf_counter):
    """A context manager that counts, times and tracks one request."""
    raise NotImplementedError("write track()")


def exposition():
    """The text exposition of REGISTRY, as bytes."""
    raise NotImplementedError("write exposition()")


def serve(port):
    """Serve the exposition at http://127.0.0.1:PORT/metrics from a background thread."""
    raise NotImplementedError("write serve()")
