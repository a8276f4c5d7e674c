from decimal import Decimal

import pytest

import pricing


class TestDiscount:
    def test_save10(self):
        assert pricing.discount(Decimal("30.00"), "SAVE10") == Decimal("3.00")

    def test_lower_case(self):
        assert pricing.discount(Decimal("30.00"), "save10") == Decimal("3.00")

    def test_surrounding_spaces(self):
        assert pricing.discount(Decimal("30.00"), " SAVE10  ") == Decimal("3.00")

    def test_no_code(self):
        assert pricing.discount(Decimal("30.00"), None) == Decimal("0.00")
        assert pricing.discount(Decimal("30.00"), "") == Decimal("0.00")

    def test_half_at_exactly_100(self):
        assert pricing.discount(Decimal("100.00"), "HALF") == Decimal("50.00")

    def test_half_below_100(self):
        assert pricing.discount(Decimal("99.00"), "HALF") == Decimal("0.00")

    def test_unknown(self):
        with pytest.raises(ValueError):
            pricing.discount(Decimal("30.00"), "BOGUS")


class TestShippingAndTotal:
    def test_free_at_exactly_50(self):
        assert pricing.shipping(Decimal("50.00")) == Decimal("0.00")

    def test_paid_below(self):
        assert pricing.shipping(Decimal("10.00")) == Decimal("4.99")

    def test_discount_can_bring_shipping_back(self):
        total = pricing.order_total([(Decimal("52.00"), 1)], "SAVE10")
        assert total == Decimal("46.80") + Decimal("4.99")
