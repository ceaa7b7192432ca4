package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import java.time.LocalDateTime;

/**
 * An order's invoice: in the order's partition ({@code SK = i#…}); by invoice id with its
 * payments ({@code GSI1-PK = GSI1-SK = i#55443}); a customer's invoices by date ({@code GSI2}).
 * A member of three collections: the order's, the invoice's and the customer's.
 */
// tag::named-index-keys[]
@Item(table = OnlineShop.class, type = "invoice", partition = "o#{orderId}", sort = "i#{invoiceId}")
@IndexKeys(index = "GSI1", name = "byInvoice", partition = "i#{invoiceId}", sort = "i#{invoiceId}")
@IndexKeys(index = "GSI2", name = "byCustomer", partition = "c#{customerId}", sort = "{date}")
public record Invoice(
    String orderId,
    String invoiceId,
    String customerId,
    LocalDateTime date,
    @Attribute(name = "Amount") String amount)
    implements OrderDetails, InvoiceDetails, CustomerActivity {}
// end::named-index-keys[]
