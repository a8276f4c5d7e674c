"""Sorts the caller's list in place: the result is right, but the input
list is changed."""


def longest_streak(nums):
    nums.sort()
    best = []
    run = []
    for x in nums:
        if run and x == run[-1]:
            continue
        if run and x == run[-1] + 1:
            run.append(x)
        else:
            run = [x]
        if len(run) > len(best):
            best = list(run)
    return best
