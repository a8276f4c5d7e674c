# the fix drops the try/except of average_age: line 21 is dedented, so it is one of the lines the fix changes
REVIEW = [(4, "bug"), (6, "security"), (9, "bug"), (21, "bug"), (30, "performance"), (35, "style")]
