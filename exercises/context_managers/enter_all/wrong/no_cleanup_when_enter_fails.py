class enter_all:
    def __init__(self, managers):
        self.managers = managers
        self.entered = []

    def __enter__(self):
        values = []
        for m in self.managers:
            values.append(m.__enter__())
            self.entered.append(m)
        return values

    def __exit__(self, exc_type, exc, tb):
        pending = (exc_type, exc, tb)
        suppressed = False
        for m in reversed(self.entered):
            try:
                if m.__exit__(*pending):
                    pending = (None, None, None)
                    suppressed = True
            except BaseException as e:
                pending = (type(e), e, e.__traceback__)
                suppressed = False
                error = e
        if pending[1] is not None and pending[1] is not exc:
            raise pending[1]
        return suppressed
