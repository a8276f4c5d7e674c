"""Wrong: re-raises a *new* exception of the same type with the same
arguments instead of the original one (`raise type(e)(*e.args)`), so the
caller gets a different object, chained to the original as __context__."""


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
    except (KeyError, ValueError) as e:
        if debited:
            accounts[src] += amount
        log.append("rollback")
        raise type(e)(*e.args)
    else:
        log.append("commit")
    finally:
        log.append("end")
