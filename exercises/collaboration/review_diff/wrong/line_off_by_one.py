# Lines counted from 0, so every comment is one line early.
REVIEW = [(3, "bug"), (5, "security"), (8, "bug"), (21, "bug"), (29, "performance"), (34, "style")]
