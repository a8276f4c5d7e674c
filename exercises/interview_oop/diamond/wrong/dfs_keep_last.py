"""Wrong: depth-first, left to right, keeping each class's last visit (Python 2.2's order): right on diamonds, but it never refuses an inconsistent hierarchy."""


def c3_mro(name, bases):
    direct = bases.get(name, [])
    if len(direct) != len(set(direct)):
        raise TypeError("duplicate base")
    walk = [name]
    for base in direct:
        walk.extend(c3_mro(base, bases))
    return [cls for i, cls in enumerate(walk) if cls not in walk[i + 1:]]


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
        super().__init__(**kwargs)
        self.label = label
