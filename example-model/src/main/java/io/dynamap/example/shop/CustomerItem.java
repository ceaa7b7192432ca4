package io.dynamap.example.shop;

import io.dynamap.annotations.ItemCollection;

/** What the shop keeps per customer, read in one query: the profile, orders and addresses. */
@ItemCollection(ShopTable.class)
public sealed interface CustomerItem permits Customer, Order, Address {}
