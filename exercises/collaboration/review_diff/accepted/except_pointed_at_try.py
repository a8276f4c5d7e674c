# the fix for lines 20-23 is to drop the try/except entirely (lines 20, 22, 23 deleted, 21 dedented)
REVIEW = [(4, "bug"), (6, "security"), (9, "bug"), (20, "bug"), (30, "performance"), (35, "style")]
