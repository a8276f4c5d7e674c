import sys


class enter_all:
    """Enters managers one at a time; exits them in reverse like nested withs."""

    def __init__(self, managers):
        self._managers = managers
        self._exits = []

    def __enter__(self):
        values = []
        try:
            for cm in self._managers:
                exit_method = type(cm).__exit__
                values.append(type(cm).__enter__(cm))
                self._exits.append((exit_method, cm))
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise
        return values

    def __exit__(self, exc_type, exc, tb):
        pending = (exc_type, exc, tb)
        suppressed = False
        raised = None
        while self._exits:
            exit_method, cm = self._exits.pop()
            try:
                if exit_method(cm, *pending):
                    suppressed = True
                    raised = None
                    pending = (None, None, None)
            except BaseException as new:
                if pending[1] is not None and new is not pending[1] and new.__context__ is None:
                    new.__context__ = pending[1]
                pending = (type(new), new, new.__traceback__)
                raised = new
                suppressed = False
        if raised is not None:
            raise raised
        return suppressed
