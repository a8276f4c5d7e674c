"""O(n log n): take the posts from the tallest down. When a post is taken,
every post taken before is at least as tall, so it is the shorter of the pair
and the best partner is the farthest of those: the leftmost or rightmost."""


def most_water(heights):
    order = sorted(range(len(heights)), key=lambda i: heights[i], reverse=True)
    best = 0
    leftmost = rightmost = None
    for i in order:
        if leftmost is None:
            leftmost = rightmost = i
            continue
        best = max(best, heights[i] * max(i - leftmost, rightmost - i))
        leftmost = min(leftmost, i)
        rightmost = max(rightmost, i)
    return best
