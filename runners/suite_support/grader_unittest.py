"""grader's unittest runner for tests exercises: discovers `test*.py` under
the folder given, runs them, and writes each test's outcome to the file
named by $GRADER_RESULTS, as JSON.

Usage: python grader_unittest.py SUITE_DIR [--failfast].  Exit status 0 when
every test passed, 1 when some failed or errored, 5 when none ran.
"""

import json
import os
import sys
import traceback
import unittest

_MESSAGE_CAP = 2000
_RANK = {"skipped": 0, "passed": 1, "failed": 2, "error": 3}


def _message(err):
    try:
        lines = traceback.format_exception_only(err[0], err[1])
        text = "".join(lines).strip()
    except Exception:
        text = "an exception"
    return text[:_MESSAGE_CAP]


class Recording(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order = []
        self.outcomes = {}

    def _record(self, test, outcome, message=""):
        key = test.id()
        known = self.outcomes.get(key)
        if known is None:
            self.order.append(key)
            self.outcomes[key] = [outcome, message]
        elif _RANK[outcome] > _RANK[known[0]]:
            self.outcomes[key] = [outcome, message]

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, "failed", _message(err))

    def addError(self, test, err):
        super().addError(test, err)
        self._record(test, "error", _message(err))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, "skipped")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test, "skipped")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, "failed", "unexpected success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._record(test, "failed" if failed else "error", _message(err))


def main():
    start = os.path.abspath(sys.argv[1])
    failfast = "--failfast" in sys.argv[2:]
    suite = unittest.TestLoader().discover(start, pattern="test*.py", top_level_dir=start)
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=1, failfast=failfast,
                                     resultclass=Recording)
    result = runner.run(suite)
    path = os.environ.get("GRADER_RESULTS")
    if path:
        tests = [{"id": i, "outcome": result.outcomes[i][0], "message": result.outcomes[i][1]}
                 for i in result.order]
        ok = result.wasSuccessful() and result.testsRun > 0
        status = 0 if ok else (5 if result.testsRun == 0 else 1)
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"runner": "unittest", "exit": status, "tests": tests}, f)
    if result.testsRun == 0:
        return 5
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
