import math
from decimal import Decimal

EU = ("DE", "BE", "ES", "IT", "NL")

# zone -> (price up to 1 kg or None, price up to 5 kg, price per started kg above 5)
RATES = {
    "FR": (Decimal("4.90"), Decimal("7.50"), Decimal("1.20")),
    "EU": (Decimal("8.90"), Decimal("12.00"), Decimal("2.00")),
    "WORLD": (None, Decimal("25.00"), Decimal("4.00")),
}


def _zone(country):
    if country == "FR":
        return "FR"
    return "EU" if country in EU else "WORLD"


def _base(weight_kg, zone):
    light, medium, per_kg = RATES[zone]
    if weight_kg <= 1 and light is not None:
        return light
    if weight_kg <= 5:
        return medium
    return medium + per_kg * math.ceil(weight_kg - 5)


def _express(cost, country, express):
    if not express:
        return cost
    return cost + Decimal("5.00") if country == "FR" else cost * 2


def _member(cost, member, express):
    if not member:
        return cost
    if cost > Decimal("20"):
        return cost - Decimal("5.00")
    return cost if express else Decimal("0.00")


def shipping_cost(weight_kg, country, express=False, member=False, items=1):
    if weight_kg <= 0 or items <= 0:
        raise ValueError("weight and items must be positive")
    cost = _base(weight_kg, _zone(country))
    cost = _express(cost, country, express)
    if items > 3:
        cost = cost + Decimal("0.50") * (items - 3)
    cost = _member(cost, member, express)
    return cost.quantize(Decimal("0.01"))
