import math
from decimal import Decimal

EU = ("DE", "BE", "ES", "IT", "NL")

# zone -> (price up to 1 kg or None, price up to 5 kg, price per started kg beyond 5)
RATES = {
    "FR": (Decimal("4.90"), Decimal("7.50"), Decimal("1.20")),
    "EU": (Decimal("8.90"), Decimal("12.00"), Decimal("2.00")),
    "WORLD": (None, Decimal("25.00"), Decimal("4.00")),
}


def _zone(country):
    if country == "FR":
        return "FR"
    if country in EU:
        return "EU"
    return "WORLD"


def _base(weight_kg, zone):
    light, medium, per_kg = RATES[zone]
    if light is not None and weight_kg <= 1:
        return light
    if weight_kg <= 5:
        return medium
    return medium + per_kg * math.ceil(weight_kg - 5)


def shipping_cost_all(  # noqa: C901
    weight_kg, country, express=False, member=False, items=1
):
    if weight_kg <= 0 or items < 1:
        raise ValueError("weight and items must be positive")
    cost = _base(weight_kg, _zone(country))
    if express:
        if country == "FR":
            cost = cost + Decimal("5.00")
        else:
            cost = cost * 2
    if items > 3:
        cost = cost + Decimal("0.50") * (items - 3)
    if member:
        if cost > Decimal("20"):
            cost = cost - Decimal("5.00")
        elif not express:
            cost = Decimal("0.00")
    return cost.quantize(Decimal("0.01"))


def _express(cost, country):
    if country == "FR":
        return cost + Decimal("5.00")
    return cost * 2


def _member(cost, express):
    if cost > Decimal("20"):
        return cost - Decimal("5.00")
    if not express:
        return Decimal("0.00")
    return cost


def shipping_cost(weight_kg, country, express=False, member=False, items=1):
    if weight_kg <= 0 or items < 1:
        raise ValueError("weight and items must be positive")
    cost = _base(weight_kg, _zone(country))
    if express:
        cost = _express(cost, country)
    if items > 3:
        cost = cost + Decimal("0.50") * (items - 3)
    if member:
        cost = _member(cost, express)
    return cost.quantize(Decimal("0.01"))
