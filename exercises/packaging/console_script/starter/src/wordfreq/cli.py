from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> int:
    """The `wordfreq FILE [--top N]` command; returns the exit status."""
    raise NotImplementedError
