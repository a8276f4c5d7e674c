"""A transactional dict: see `grader show interview_context_managers/rollback`."""


class Rollback:
    """Undo the changes a with block made to a dict if the block raises."""

    def __init__(self, target, suppress=()):
        raise NotImplementedError("write Rollback")

    def __enter__(self):
        raise NotImplementedError("write Rollback.__enter__")

    def __exit__(self, exc_type, exc_value, traceback):
        raise NotImplementedError("write Rollback.__exit__")
