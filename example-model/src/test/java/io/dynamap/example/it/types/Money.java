package io.dynamap.example.it.types;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in a currency, stored through {@link MoneyConverter}. */
public record Money(BigDecimal amount, Currency currency) {}
