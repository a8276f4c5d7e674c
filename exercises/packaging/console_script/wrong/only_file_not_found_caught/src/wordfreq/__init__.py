"""Count the words of text files."""

from wordfreq.counting import count_words

__all__ = ["count_words"]
