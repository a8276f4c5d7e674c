def c3_mro(name, bases):
    """The C3 linearization of class `name` as a list of names."""
    memo = {}

    def lin(cls):
        if cls in memo:
            return memo[cls]
        direct = list(bases.get(cls) or [])
        if len(set(direct)) != len(direct):
            raise TypeError(f"duplicate base class in {cls}")
        seqs = [list(lin(b)) for b in direct] + [list(direct)]
        result = [cls]
        while True:
            seqs = [s for s in seqs if s]
            if not seqs:
                break
            for s in seqs:
                head = s[0]
                if not any(head in t[1:] for t in seqs):
                    break
            else:
                raise TypeError(f"Cannot create a consistent method resolution order (MRO) for {cls}")
            result.append(head)
            for t in seqs:
                if t[0] == head:
                    del t[0]
        memo[cls] = result
        return result

    return list(lin(name))


class Widget:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name

    def events(self):
        return ["render"]


class Clickable(Widget):
    def __init__(self, *, on_click=None, **kwargs):
        super().__init__(**kwargs)
        self.on_click = on_click

    def events(self):
        return ["click"] + super().events()


class Focusable(Widget):
    def __init__(self, *, tab_index=0, **kwargs):
        super().__init__(**kwargs)
        self.tab_index = tab_index

    def events(self):
        return ["focus", "blur"] + super().events()


class Button(Clickable, Focusable):
    def __init__(self, label, **kwargs):
        Clickable.__init__(self, **kwargs)
        self.label = label
