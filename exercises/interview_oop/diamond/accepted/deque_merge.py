"""Accepted: merge over deques, with tail counts to test 'in no list's tail' quickly."""

from collections import Counter, deque


def _merge(sequences):
    seqs = [deque(s) for s in sequences if s]
    result = []
    while seqs:
        tails = Counter(x for s in seqs for x in list(s)[1:])
        head = next((s[0] for s in seqs if tails[s[0]] == 0), None)
        if head is None:
            raise TypeError("Cannot create a consistent method resolution order (MRO)")
        result.append(head)
        for s in seqs:
            if s[0] == head:
                s.popleft()
        seqs = [s for s in seqs if s]
    return result


def c3_mro(name, bases):
    direct = bases.get(name, [])
    if len(direct) != len(set(direct)):
        raise TypeError(f"duplicate base class {name}")
    return [name] + _merge([c3_mro(b, bases) for b in direct] + [list(direct)])


class Widget(object):
    def __init__(self, *, name, **kwargs):
        super(Widget, self).__init__(**kwargs)
        self.name = name

    def events(self):
        return ["render"]


class Clickable(Widget):
    def __init__(self, *, on_click=None, **kwargs):
        super(Clickable, self).__init__(**kwargs)
        self.on_click = on_click

    def events(self):
        events = super(Clickable, self).events()
        events.insert(0, "click")
        return events


class Focusable(Widget):
    def __init__(self, *, tab_index=0, **kwargs):
        super(Focusable, self).__init__(**kwargs)
        self.tab_index = tab_index

    def events(self):
        return ["focus", "blur"] + super(Focusable, self).events()


class Button(Clickable, Focusable):
    def __init__(self, label, **kwargs):
        super(Button, self).__init__(**kwargs)
        self.label = label
