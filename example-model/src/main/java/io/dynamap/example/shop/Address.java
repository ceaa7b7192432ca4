package io.dynamap.example.shop;

import io.dynamap.annotations.Item;

/**
 * One of a customer's addresses, by label ({@code sk = ADDRESS#home}).
 *
 * @param customerId whose address
 * @param label its name for the customer, such as "home"
 * @param street the street line
 * @param city the city
 */
@Item(table = ShopTable.class, type = "ADDRESS", partition = "CUSTOMER#{customerId}", sort = "ADDRESS#{label}")
public record Address(String customerId, String label, String street, String city)
    implements CustomerItem {}
