package io.dynamap.example.it.single;

import io.dynamap.annotations.Item;

/** Orders whose ids hold '#', as the other code writes them (the table does not escape). */
@Item(table = AdoptedTable.class, type = "order", partition = "CUSTOMER#{customerId}",
    sort = "ORDER#{orderId}")
record LegacyOrder(String customerId, String orderId) {}
