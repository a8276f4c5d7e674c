# The second line of each two-line defect, written as lists, in another order.
REVIEW = [
    [35, "style"],
    [31, "performance"],
    [23, "bug"],
    [7, "security"],
    [9, "bug"],
    [4, "bug"],
]
