# The list membership test called a style issue.
REVIEW = [(4, "bug"), (6, "security"), (9, "bug"), (22, "bug"), (30, "style"), (35, "style")]
