"""Wrong: logs "rollback" but never undoes the debit, so money vanishes when
the credit fails."""


def transfer(accounts, src, dst, amount, log):
    if amount <= 0:
        raise ValueError("amount must be positive")
    log.append("begin")
    try:
        if accounts[src] < amount:
            raise ValueError("insufficient funds")
        accounts[src] -= amount
        accounts[dst] += amount
    except (KeyError, ValueError):
        log.append("rollback")
        raise
    else:
        log.append("commit")
    finally:
        log.append("end")
