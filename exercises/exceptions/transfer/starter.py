"""Transfer with try/except/else/finally: see `grader show exceptions/transfer`."""


def transfer(accounts, src, dst, amount, log):
    """Move amount from accounts[src] to accounts[dst], logging each phase."""
    raise NotImplementedError("write transfer()")
