REVIEW = [
    (4, "bug"),  # a mutable default: `seen` is shared by every call
    (6, "security"),  # the name is pasted into SQL: injection
    (9, "bug"),  # range(1, ...) skips the first row
    (22, "bug"),  # swallows ZeroDivisionError and returns None
    (30, "performance"),  # `in` on a list: quadratic over the items
    (35, "style"),  # a function name in camelCase, not snake_case
]
