# One comment on a clean line (allowed), and a defect named twice.
_found = {4: "bug", 6: "security", 9: "bug", 22: "bug", 30: "performance", 35: "style"}
REVIEW = [(line, category) for line, category in _found.items()]
REVIEW += [(13, "bug"), (4, "bug")]
