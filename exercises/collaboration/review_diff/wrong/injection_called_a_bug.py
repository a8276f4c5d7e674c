# SQL injection classified as a bug: the category is wrong.
REVIEW = [(4, "bug"), (6, "bug"), (9, "bug"), (22, "bug"), (30, "performance"), (35, "style")]
