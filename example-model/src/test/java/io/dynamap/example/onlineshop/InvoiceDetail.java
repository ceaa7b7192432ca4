package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Document;
import java.util.List;

/** An invoice's {@code Detail} map as the guide's final model publishes it: its payments. */
@Document
public record InvoiceDetail(@Attribute(name = "Payments") List<InvoicePayment> payments) {}
