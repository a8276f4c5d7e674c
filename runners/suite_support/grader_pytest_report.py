"""grader's pytest plugin for tests exercises: writes each test's outcome to
the file named by $GRADER_RESULTS, as JSON, when the session ends.

Loaded with `-p grader_pytest_report`.  The grader reads the file only to
name tests in its report and to count them; whether a run passed is also
decided by pytest's exit status.
"""

import json
import os

_PATH = os.environ.get("GRADER_RESULTS")
_MESSAGE_CAP = 2000
_tests = {}
_order = []
# The worst outcome wins when a test reports several phases.
_RANK = {"skipped": 0, "passed": 1, "failed": 2, "error": 3}


def _message(report):
    longrepr = getattr(report, "longrepr", None)
    crash = getattr(longrepr, "reprcrash", None)
    text = getattr(crash, "message", None)
    if not text:
        # A fixture that does not exist: "fixture 'x' not found" rather
        # than the list of fixtures that follows it.
        text = getattr(longrepr, "errorstring", None)
        text = text.splitlines()[0] if isinstance(text, str) and text.strip() else None
    if not text:
        try:
            text = report.longreprtext
        except Exception:
            text = ""
        lines = [line for line in text.splitlines() if line.strip()]
        text = "\n".join(lines[-3:])
    return text[:_MESSAGE_CAP]


def _record(nodeid, outcome, message):
    known = _tests.get(nodeid)
    if known is None:
        _order.append(nodeid)
        _tests[nodeid] = [outcome, message]
    elif _RANK[outcome] > _RANK[known[0]]:
        _tests[nodeid] = [outcome, message]


def pytest_runtest_logreport(report):
    if report.when == "call":
        outcome = report.outcome
    elif report.failed:
        outcome = "error"
    elif report.skipped:
        outcome = "skipped"
    else:
        return
    if outcome not in _RANK:
        outcome = "error"
    _record(report.nodeid, outcome, _message(report) if outcome in ("failed", "error") else "")


def pytest_collectreport(report):
    if report.failed:
        _record(report.nodeid or "(collection)", "error", _message(report))


def pytest_sessionfinish(session, exitstatus):
    if not _PATH:
        return
    tests = [{"id": i, "outcome": _tests[i][0], "message": _tests[i][1]} for i in _order]
    with open(_PATH, "w", encoding="utf-8") as f:
        json.dump({"runner": "pytest", "exit": int(exitstatus), "tests": tests}, f)
