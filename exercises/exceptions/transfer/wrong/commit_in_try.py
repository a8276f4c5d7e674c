"""Wrong: logs "commit" inside the try block, right after the debit and
before the credit, so a failing credit logs both "commit" and "rollback".
"commit" belongs in the else clause."""


def transfer(accounts, src, dst, amount, log):
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
        log.append("commit")
        accounts[dst] += amount
    except (KeyError, ValueError):
        if debited:
            accounts[src] += amount
        log.append("rollback")
        raise
    finally:
        log.append("end")
