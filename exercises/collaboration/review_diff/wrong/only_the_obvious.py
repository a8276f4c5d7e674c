# Only the two most visible defects: recall too low.
REVIEW = [(6, "security"), (35, "style")]
