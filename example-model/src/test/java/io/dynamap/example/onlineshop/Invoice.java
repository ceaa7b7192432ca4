package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Convert;
import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import io.dynamap.annotations.KeyFormat;
import java.time.LocalDateTime;

/**
 * An order's invoice: in the order's partition ({@code SK = i#…}); by invoice id ({@code GSI1-PK =
 * GSI1-SK = i#55443}), with its payments in {@code Detail} and as payment items; a customer's
 * invoices by date ({@code GSI2}). A member of three collections: the order's, the invoice's and
 * the customer's.
 *
 * <p>The published item holds its time twice, in {@code GSI2-SK} and in a {@code Date} attribute.
 * With {@code storeKeyFields = false} a template field is kept only in the keys, so the attribute
 * is a component of its own, {@code dateAttribute}, given the same time.
 */
// tag::named-index-keys[]
@Item(table = OnlineShop.class, type = "invoice", partition = "o#{orderId}", sort = "i#{invoiceId}",
    storeKeyFields = false)
@IndexKeys(index = "GSI1", name = "byInvoice", partition = "i#{invoiceId}", sort = "i#{invoiceId}")
@IndexKeys(index = "GSI2", name = "byCustomer", partition = "c#{customerId}", sort = "{date}")
public record Invoice(
    String orderId,
    String invoiceId,
    String customerId,
    @KeyFormat(pattern = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime date,
    @Attribute(name = "Amount") String amount,
    @Attribute(name = "Date") @Convert(PublishedDateTime.class) LocalDateTime dateAttribute,
    @Attribute(name = "Detail") InvoiceDetail detail)
    implements OrderDetails, InvoiceDetails, CustomerActivity {}
// end::named-index-keys[]
