package io.dynamap.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an {@link Item} entity composes the keys of one of its table's global indexes: the same
 * template language as {@link Item#partition()}. Items whose index fields are null are left out
 * of the index (a sparse index).
 *
 * <pre>{@code
 * @IndexKeys(index = "gsi1", partition = "STATUS#{status}", sort = "ORDER#{placedAt}")
 * }</pre>
 *
 * <p>The generated {@code OrderKeys} starts a query on the index with a method named after the
 * index ({@code OrderKeys.gsi1(status)}), or after the access pattern given by {@link #name()}:
 *
 * <pre>{@code
 * @IndexKeys(index = "GSI1", name = "byInvoice", partition = "i#{invoiceId}", sort = "i#{invoiceId}")
 * record Invoice(String orderId, String invoiceId, ...) {}
 *
 * invoices.query(InvoiceKeys.byInvoice("55443").invoiceId());   // GSI1-PK = i#55443 AND GSI1-SK = i#55443
 * }</pre>
 *
 * <p>A sort template field that the partition template also composes is taken from the
 * partition, never asked for twice: above, {@code invoiceId()} takes no argument, as the
 * partition fixes the whole sort key; with {@code partition = "c#{customerId}", sort =
 * "c#{customerId}#{date}"}, {@code date()} takes no {@code customerId}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexKeys.List.class)
public @interface IndexKeys {
  /**
   * The index whose keys this annotation composes.
   *
   * @return the index name, as declared by {@link SingleTable#indexes()}
   */
  String index();

  /**
   * The name of the access pattern, used for the generated key builder's method: {@code
   * InvoiceKeys.byInvoice(id)} instead of {@code InvoiceKeys.GSI1(id)}.
   *
   * @return a Java method name other than {@code partition} and the entity's other index methods;
   *     {@code ""} (the default) names the method after the index
   */
  String name() default "";

  /**
   * The index partition key template.
   *
   * @return literal text and {@code {field}} placeholders, such as {@code STATUS#{status}}
   */
  String partition();

  /**
   * The index sort key template.
   *
   * @return literal text and {@code {field}} placeholders, such as {@code ORDER#{placedAt}}
   */
  String sort();

  /** Holds repeated {@code @IndexKeys}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The repeated annotations, in source order.
     *
     * @return the {@code @IndexKeys} annotations on the class
     */
    IndexKeys[] value();
  }
}
