package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Convert;
import io.dynamap.annotations.IndexKeys;
import io.dynamap.annotations.Item;
import java.time.LocalDateTime;

/** A payment of an invoice (gift card, credit card…): all payments for a given invoiceId on GSI1. */
@Item(table = OnlineShop.class, type = "payment", partition = "o#{orderId}", sort = "pmn#{paymentId}",
    storeKeyFields = false)
@IndexKeys(index = "GSI1", name = "byInvoice", partition = "i#{invoiceId}", sort = "pmn#{paymentId}")
public record Payment(
    String orderId,
    String paymentId,
    String invoiceId,
    @Attribute(name = "Type") String type,
    @Attribute(name = "Amount") String amount,
    @Attribute(name = "Date") @Convert(PublishedDateTime.class) LocalDateTime date)
    implements OrderDetails, InvoiceDetails {}
