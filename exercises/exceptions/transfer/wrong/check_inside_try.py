"""Wrong: validates the amount inside the try block, so an invalid request
is logged as begun and rolled back instead of being rejected up front."""


def transfer(accounts, src, dst, amount, log):
    log.append("begin")
    debited = False
    try:
        if amount <= 0:
            raise ValueError("amount must be positive")
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
    finally:
        log.append("end")
