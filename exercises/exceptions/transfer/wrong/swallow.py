"""Wrong: the except clause rolls back but swallows the exception instead of
re-raising it, so the caller believes the transfer succeeded."""


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
    except Exception:
        if debited:
            accounts[src] += amount
        log.append("rollback")
    else:
        log.append("commit")
    finally:
        log.append("end")
