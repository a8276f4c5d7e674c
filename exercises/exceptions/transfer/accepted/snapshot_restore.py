def transfer(accounts, src, dst, amount, log):
    if not amount > 0:
        raise ValueError("amount must be positive")
    log.append("begin")
    original = None
    try:
        if accounts[src] < amount:
            raise ValueError("insufficient funds")
        original = accounts[src]
        accounts[src] -= amount
        accounts[dst] += amount
    except (KeyError, ValueError) as error:
        if original is not None:
            accounts[src] = original
        log.append("rollback")
        raise error
    else:
        log.append("commit")
    finally:
        log.append("end")
    return None
