REVIEW = [[7, "security"], [4, "bug"], [10, "bug"], [21, "bug"], [31, "performance"], [35, "style"], [15, "bug"]]
