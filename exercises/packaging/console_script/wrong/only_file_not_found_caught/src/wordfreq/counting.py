import re
from collections import Counter
from typing import Dict

WORD = re.compile(r"[a-z']+")


def count_words(text: str) -> Dict[str, int]:
    """Lowercase words (letters and apostrophes) and how often each occurs."""
    return dict(Counter(WORD.findall(text.lower())))
