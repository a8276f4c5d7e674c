# Comments on every line: all defects found, but mostly noise.
REVIEW = [(n, "bug") for n in range(1, 37)]
