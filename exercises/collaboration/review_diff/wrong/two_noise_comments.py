# Everything found, plus two comments on lines without a defect.
REVIEW = [(4, "bug"), (6, "security"), (9, "bug"), (22, "bug"), (30, "performance"), (35, "style"), (15, "bug"), (36, "style")]
