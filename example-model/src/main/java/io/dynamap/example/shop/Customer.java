package io.dynamap.example.shop;

import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import java.time.Instant;

/**
 * A customer's profile: one item per customer ({@code sk = PROFILE}), also found by email
 * through {@code gsi1}.
 *
 * @param customerId the customer's id
 * @param name the name
 * @param email the email address, unique
 * @param since when the customer signed up
 */
@Item(table = ShopTable.class, type = "CUSTOMER", partition = "CUSTOMER#{customerId}", sort = "PROFILE")
@IndexKeys(index = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
public record Customer(String customerId, String name, String email, Instant since)
    implements CustomerItem {}
