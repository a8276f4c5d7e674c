# Misses the off-by-one of range(1, ...): not every defect is found.
REVIEW = [(4, "bug"), (6, "security"), (22, "bug"), (30, "performance"), (35, "style")]
