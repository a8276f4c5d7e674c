"""Accepted: C3 with a memo of linearizations and index-based merging."""


def c3_mro(name, bases):
    memo = {}

    def lin(cls):
        if cls in memo:
            return memo[cls]
        parents = bases.get(cls) or []
        if len(parents) != len(set(parents)):
            raise TypeError("duplicate base")
        seqs = [list(lin(p)) for p in parents]
        seqs.append(list(parents))
        out = [cls]
        while any(seqs):
            seqs = [s for s in seqs if s]
            for i in range(len(seqs)):
                candidate = seqs[i][0]
                if all(candidate not in s[1:] for s in seqs):
                    break
            else:
                raise TypeError("inconsistent hierarchy")
            out.append(candidate)
            seqs = [s[1:] if s[0] == candidate else s for s in seqs]
        memo[cls] = out
        return out

    return list(lin(name))


class Widget:
    def __init__(self, *, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

    def events(self):
        return ["render"]


class Clickable(Widget):
    def __init__(self, *, on_click=None, **kwargs):
        self.on_click = on_click
        super().__init__(**kwargs)

    def events(self):
        return ["click", *super().events()]


class Focusable(Widget):
    def __init__(self, *, tab_index=0, **kwargs):
        self.tab_index = tab_index
        super().__init__(**kwargs)

    def events(self):
        return ["focus", "blur", *super().events()]


class Button(Clickable, Focusable):
    def __init__(self, label, **kwargs):
        self.label = label
        super().__init__(**kwargs)
