package io.dynamap.example.shop;

import io.dynamap.annotations.SingleTable;

/**
 * The shop's single table: customers, their orders and their addresses in one partition per
 * customer ({@code pk} = {@code CUSTOMER#<id>}, {@code sk} telling the item apart), and one
 * global index {@code gsi1} that each type uses for its own access pattern (customers by email,
 * orders by status).
 */
@SingleTable(name = "Shop", indexes = @SingleTable.GlobalIndex(name = "gsi1"))
public interface ShopTable {}
