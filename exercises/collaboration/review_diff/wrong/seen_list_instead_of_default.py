# Points the shared-default bug at line 13 (allowed, but not the defect's line 4) and misses line 4.
REVIEW = [(13, "bug"), (11, "performance"), (6, "security"), (9, "bug"), (22, "bug"), (30, "performance"), (35, "style")]
