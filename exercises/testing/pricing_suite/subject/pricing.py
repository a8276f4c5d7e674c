"""Prices for a small web shop, in Decimal money rounded to cents."""

from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Optional, Tuple

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
SHIPPING = Decimal("4.99")
FREE_SHIPPING_FROM = Decimal("50.00")
HALF_MINIMUM = Decimal("100.00")
RATES = {"SAVE10": Decimal("0.10"), "HALF": Decimal("0.50")}


def to_cents(amount: Decimal) -> Decimal:
    """Rounds to the cent, halves up: 0.125 -> 0.13."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(unit_price: Decimal, quantity: int) -> Decimal:
    """The price of `quantity` items at `unit_price`, rounded to the cent."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise ValueError("quantity must be a whole number of at least 1")
    if unit_price < 0:
        raise ValueError("unit price must not be negative")
    return to_cents(unit_price * quantity)


def discount(subtotal: Decimal, code: Optional[str]) -> Decimal:
    """The amount a discount code takes off `subtotal`."""
    if not code:
        return ZERO
    key = code.strip().upper()
    if key not in RATES:
        raise ValueError(f"unknown discount code {code!r}")
    if key == "HALF" and subtotal < HALF_MINIMUM:
        return ZERO
    return to_cents(subtotal * RATES[key])


def shipping(amount: Decimal) -> Decimal:
    """Shipping for an order worth `amount` after its discount."""
    if amount >= FREE_SHIPPING_FROM:
        return ZERO
    return SHIPPING


def order_total(lines: Iterable[Tuple[Decimal, int]], code: Optional[str] = None) -> Decimal:
    """Line totals summed, the discount taken off, shipping added."""
    subtotal = sum((line_total(price, qty) for price, qty in lines), ZERO)
    after = subtotal - discount(subtotal, code)
    return after + shipping(after)
