"""Wrong: merge leaves out the list of direct bases, so X(A, B) with B(A) is accepted."""


def c3_mro(name, bases):
    """The C3 linearization of class `name`; `bases` maps a name to its direct bases."""
    direct = list(bases.get(name, ()))
    if len(set(direct)) != len(direct):
        raise TypeError(f"duplicate base class in {name}")
    # Work on copies: merge() consumes its lists.
    sequences = [c3_mro(base, bases) for base in direct]
    result = [name]
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            # A good head appears in no list except at its front.
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise TypeError(f"cannot create a consistent method resolution order for {name}")
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


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
