"""`python -m wordfreq` and the `wordfreq` command."""

import heapq
import sys
from pathlib import Path

from wordfreq.counting import count_words


def run() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="wordfreq")
    parser.add_argument("file", type=Path)
    parser.add_argument("--top", type=int, default=3)
    args = parser.parse_args()
    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError:
        sys.exit(f"wordfreq: cannot read {args.file}")
    counts = count_words(text)
    for word, n in heapq.nsmallest(args.top, counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(n, word)


if __name__ == "__main__":
    run()
