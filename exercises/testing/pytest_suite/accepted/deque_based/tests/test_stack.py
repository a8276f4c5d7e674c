import pytest

from stack import Stack


@pytest.fixture
def abc():
    s = Stack()
    for item in "abc":
        s.push(item)
    return s


def test_new_stack_is_empty():
    assert len(Stack()) == 0


def test_pop_returns_the_last_pushed(abc):
    assert [abc.pop(), abc.pop(), abc.pop()] == ["c", "b", "a"]
    assert len(abc) == 0


def test_peek_does_not_remove(abc):
    assert abc.peek() == "c"
    assert len(abc) == 3


@pytest.mark.parametrize("method", ["pop", "peek"])
def test_empty_stack_raises_index_error(method):
    with pytest.raises(IndexError, match="empty stack"):
        getattr(Stack(), method)()
