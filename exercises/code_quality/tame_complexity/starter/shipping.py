import sys, math
from decimal import Decimal
import os
def shipping_cost(weight_kg, country, express=False, member=False, items=1):
    if weight_kg <= 0 or items < 1:
        raise ValueError('weight and items must be positive')
    if country == 'FR':
        if weight_kg <= 1:
            cost = Decimal('4.90')
        else:
            if weight_kg <= 5:
                cost = Decimal('7.50')
            else:
                cost = Decimal('7.50') + Decimal('1.20') * math.ceil(weight_kg - 5)
    else:
        if country in ('DE','BE','ES','IT','NL'):
            if weight_kg <= 1:
                cost = Decimal('8.90')
            else:
                if weight_kg <= 5:
                    cost = Decimal('12.00')
                else:
                    cost = Decimal('12.00') + Decimal('2.00') * math.ceil(weight_kg - 5)
        else:
            if weight_kg <= 5:
                cost = Decimal('25.00')
            else:
                cost = Decimal('25.00') + Decimal('4.00') * math.ceil(weight_kg - 5)
    if express:
        if country == 'FR':
            cost = cost + Decimal('5.00')
        else:
            cost = cost * 2
    if items > 3:
        cost = cost + Decimal('0.50') * (items - 3)
    if member:
        if cost > Decimal('20'):
            cost = cost - Decimal('5.00')
        else:
            if not express:
                cost = Decimal('0.00')
    return cost.quantize(Decimal('0.01'))
