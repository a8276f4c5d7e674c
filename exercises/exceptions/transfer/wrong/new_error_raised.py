def transfer(accounts, src, dst, amount, log):
    """Move amount from accounts[src] to accounts[dst], logging each phase."""
    if amount <= 0:
        raise ValueError("amount must be positive")
    log.append("begin")
    debited = False
    try:
        balance = accounts[src]
        if balance < amount:
            raise ValueError("insufficient funds")
        accounts[src] = balance - amount
        debited = True
        accounts[dst] = accounts[dst] + amount
    except (KeyError, ValueError):
        if debited:
            accounts[src] += amount
        log.append("rollback")
        raise ValueError("transfer failed")
    else:
        log.append("commit")
    finally:
        log.append("end")
