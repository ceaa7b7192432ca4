/**
 * AWS's published "online shop" single-table model (the DynamoDB developer guide's data-modeling
 * example, from aws-samples/amazon-dynamodb-design-patterns, examples/an-online-shop) annotated
 * for Dynamap: table {@code OnlineShop} with {@code PK}/{@code SK}, two overloaded global indexes
 * {@code GSI1} ({@code GSI1-PK}/{@code GSI1-SK}) and {@code GSI2} ({@code GSI2-PK}/{@code
 * GSI2-SK}), the type in {@code EntityType}, the published key formats ({@code c#12345}, {@code
 * sh#98765}, …) and the published names of the other attributes ({@code Email}, {@code Quantity},
 * …). {@code GSI2}'s sort keys are those of the guide's revised model (its last step), where
 * invoices and order items share the format {@code {date}} so that one range reads both.
 *
 * <p>Collections: {@link io.dynamap.example.onlineshop.OrderDetails} (the table's order
 * partition), {@link io.dynamap.example.onlineshop.ShipmentDetails} and {@link
 * io.dynamap.example.onlineshop.InvoiceDetails} on {@code GSI1}, {@link
 * io.dynamap.example.onlineshop.CustomerActivity} and {@link
 * io.dynamap.example.onlineshop.WarehouseActivity} on {@code GSI2}. Index key builders are named
 * after their access patterns ({@code InvoiceKeys.byInvoice(id)}).
 *
 * <p>The items are the published ones, byte for byte: the table writes key text as it is ({@code
 * escapeKeys = false}), times to the second ({@code @KeyFormat(pattern = …)} in keys, {@link
 * io.dynamap.example.onlineshop.PublishedDateTime} for {@code Date} attributes), and every entity
 * keeps its template fields only in its keys ({@code storeKeyFields = false}), reading them back
 * from there. {@link io.dynamap.example.onlineshop.PublishedItemsAdoptionTest} writes the
 * published items with raw {@code PutItem} and checks that Dynamap reads, queries, updates and
 * writes them back unchanged.
 */
package io.dynamap.example.onlineshop;
