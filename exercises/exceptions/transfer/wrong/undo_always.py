"""Wrong: "undoes" the debit in the except clause even when the debit never
happened. With insufficient funds the source gains money; with a missing
source the undo itself raises a second KeyError while handling the first."""


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
        accounts[src] += amount
        log.append("rollback")
        raise
    else:
        log.append("commit")
    finally:
        log.append("end")
