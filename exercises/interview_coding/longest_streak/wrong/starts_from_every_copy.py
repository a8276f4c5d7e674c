def longest_streak(nums):
    present = set(nums)
    best = []
    for x in nums:
        if x - 1 in present:
            continue
        run = [x]
        while run[-1] + 1 in present:
            run.append(run[-1] + 1)
        if len(run) > len(best) or (len(run) == len(best) and run[0] < best[0]):
            best = run
    return best
