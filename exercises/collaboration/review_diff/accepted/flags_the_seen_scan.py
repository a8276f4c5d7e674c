# A careful reviewer also flags the list scan on `seen` and the append: not noise.
REVIEW = [
    (4, "bug"),
    (6, "security"),
    (9, "bug"),
    (11, "performance"),
    (13, "bug"),
    (22, "bug"),
    (30, "performance"),
    (35, "style"),
    (15, "bug"),
]
