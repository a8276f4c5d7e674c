import argparse
import sys
from typing import List, Optional

from wordfreq import count_words


def main(argv: Optional[List[str]] = None) -> int:
    """The `wordfreq FILE [--top N]` command; returns the exit status."""
    parser = argparse.ArgumentParser(prog="wordfreq")
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=3)
    args = parser.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        print(f"wordfreq: cannot read {args.file}", file=sys.stderr)
        return 1
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in ranked[: args.top]:
        print(n, word)
    return 0
