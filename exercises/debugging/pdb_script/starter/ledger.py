"""Apply a file of transactions to an account, one amount per line."""
import sys


def fee(amount):
    """Withdrawals cost 1; deposits are free."""
    if amount < 0:
        return 1
    return 0


def apply(balance, amount):
    charged = amount - fee(amount)
    return balance + charged


def main(path):
    balance = 100
    with open(path) as f:
        for number, line in enumerate(f, 1):
            balance = apply(balance, int(line))
    print("final balance:", balance)


if __name__ == "__main__":
    main(sys.argv[1])
