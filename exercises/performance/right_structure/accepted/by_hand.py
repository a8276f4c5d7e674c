from collections import defaultdict, deque
def last_items(iterable, n):
    window = deque()
    if n == 0:
        for _ in iterable:
            pass
        return []
    for item in iterable:
        window.append(item)
        if len(window) > n:
            window.popleft()
    return list(window)
def group_pairs(pairs):
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return dict(groups)
def top_words(words, k):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    order = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: first-seen order for ties
    return order[:k]
def common(a, b):
    wanted = set(b)
    out = []
    for x in a:
        if x in wanted:
            out.append(x)
            wanted.discard(x)
    return out
