import sys


class enter_all:
    def __init__(self, managers):
        self.managers = managers
        self.entered = []

    def __enter__(self):
        values = []
        try:
            for m in self.managers:
                exit_ = type(m).__exit__
                v = type(m).__enter__(m)
                self.entered.append((m, exit_))
                values.append(v)
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise
        return values

    def __exit__(self, et, ev, tb):
        pending = (et, ev, tb) if et is not None else None
        suppressed = False
        while self.entered:
            m, ex = self.entered.pop()
            try:
                if pending is None:
                    r = ex(m, None, None, None)
                else:
                    r = ex(m, *pending)
                if r is True and pending is not None:
                    pending = None
                    suppressed = True
            except BaseException as e:
                pending = (type(e), e, e.__traceback__)
                suppressed = False
        if pending is None:
            return et is not None
        if et is not None and pending[1] is ev:
            return False
        raise pending[1]
