def transfer(accounts, src, dst, amount, log):
    """Reads both balances first, then writes debit and credit."""
    if amount <= 0:
        raise ValueError("amount must be positive")
    log.append("begin")
    try:
        src_balance = accounts[src]
        if src_balance < amount:
            raise ValueError("insufficient funds")
        dst_balance = accounts[dst]
        accounts[src] = src_balance - amount
        accounts[dst] = (dst_balance + amount) if dst != src else accounts[dst] + amount
    except (KeyError, ValueError):
        log.append("rollback")
        raise
    else:
        log.append("commit")
    finally:
        log.append("end")
