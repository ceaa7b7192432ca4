package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Document;

/** A payment in an invoice's {@code Detail.Payments} list; the amount is a number there ({@code N}). */
@Document
public record InvoicePayment(
    @Attribute(name = "Type") String type,
    @Attribute(name = "Amount") int amount,
    @Attribute(name = "Data") String data) {}
