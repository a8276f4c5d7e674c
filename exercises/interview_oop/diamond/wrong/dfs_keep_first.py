"""Wrong: depth-first, left to right, keeping each class's first visit (Python 2's classic order)."""


def c3_mro(name, bases):
    direct = bases.get(name, [])
    if len(direct) != len(set(direct)):
        raise TypeError("duplicate base")
    order = [name]
    for base in direct:
        for cls in c3_mro(base, bases):
            if cls not in order:
                order.append(cls)
    return order


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
