REVIEW = []
