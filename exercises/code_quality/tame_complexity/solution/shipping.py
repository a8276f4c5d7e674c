import math
from decimal import Decimal

EU = ("DE", "BE", "ES", "IT", "NL")
# Per zone: (up to 1 kg or None, up to 5 kg, per started kg beyond 5 kg).
RATES = {
    "FR": (Decimal("4.90"), Decimal("7.50"), Decimal("1.20")),
    "EU": (Decimal("8.90"), Decimal("12.00"), Decimal("2.00")),
    "WORLD": (None, Decimal("25.00"), Decimal("4.00")),
}


def zone(country):
    if country == "FR":
        return "FR"
    return "EU" if country in EU else "WORLD"


def base_cost(weight_kg, country):
    light, up_to_5, per_kg = RATES[zone(country)]
    if weight_kg <= 1 and light is not None:
        return light
    if weight_kg <= 5:
        return up_to_5
    return up_to_5 + per_kg * math.ceil(weight_kg - 5)


def express_cost(cost, country):
    return cost + Decimal("5.00") if country == "FR" else cost * 2


def member_cost(cost, express):
    if cost > Decimal("20"):
        return cost - Decimal("5.00")
    return cost if express else Decimal("0.00")


def shipping_cost(weight_kg, country, express=False, member=False, items=1):
    if weight_kg <= 0 or items < 1:
        raise ValueError("weight and items must be positive")
    cost = base_cost(weight_kg, country)
    if express:
        cost = express_cost(cost, country)
    cost += Decimal("0.50") * max(items - 3, 0)
    if member:
        cost = member_cost(cost, express)
    return cost.quantize(Decimal("0.01"))
