"""Wrong: appends "end" after the try statement instead of in a finally
clause, so it is skipped whenever the exception is re-raised."""


def transfer(accounts, src, dst, amount, log):
    if amount <= 0:
        raise ValueError("amount must be positive")
    log.append("begin")
    debited = False
    try:
        if accounts[src] < amount:
            raise ValueError("insufficient funds")
        accounts[src] -= amount
        debited = True
        accounts[dst] += amount
    except (KeyError, ValueError):
        if debited:
            accounts[src] += amount
        log.append("rollback")
        raise
    else:
        log.append("commit")
    log.append("end")
