package io.dynamap.runtime.core;

import io.dynamap.runtime.error.DynamapErrors;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.UnmappableItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * One run of a described paged read (a query, a scan, or one segment of a parallel scan): its
 * request, how its items are decoded and its cursors written, and where it starts. An executor
 * drives it, sending what it builds:
 *
 * <pre>{@code
 * ReadPosition position = plan.start();
 * while (!position.finished()) {
 *   RawPage raw = plan.send(position, sender);        // the executor's only part
 *   ReadPlan.Step<T> step = plan.receive(position, raw);
 *   deliver(step.page());
 *   position = step.next();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe as long as its decoder and unmappable-item consumer are; a plan can
 * be run any number of times.
 *
 * @param <T> the entity type
 */
public final class ReadPlan<T> {
  private final String operation;
  private final String tableName;
  /** The query template, or null for a scan. */
  private final QueryRequest query;
  /** The scan template, or null for a query. */
  private final ScanRequest scan;
  private final Function<Map<String, AttributeValue>, T> decoder;
  private final Consumer<? super UnmappableItem> unmappable;
  private final Function<Map<String, AttributeValue>, String> cursorOf;
  private final ReadPosition start;

  private ReadPlan(
      String operation,
      QueryRequest query,
      ScanRequest scan,
      String tableName,
      Function<Map<String, AttributeValue>, T> decoder,
      Consumer<? super UnmappableItem> unmappable,
      Function<Map<String, AttributeValue>, String> cursorOf,
      ReadPosition start) {
    this.operation = operation;
    this.query = query;
    this.scan = scan;
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.unmappable = unmappable;
    this.cursorOf = Objects.requireNonNull(cursorOf, "cursorOf");
    this.start = Objects.requireNonNull(start, "start");
  }

  /**
   * The plan of a query.
   *
   * @param template the request, from {@link ReadRequests#query}
   * @param decoder turns a stored item into an entity
   * @param unmappable receives the items that cannot be mapped, or {@code null} to fail on them
   * @param cursorOf writes the cursor of a last evaluated key
   * @param start where the read starts, with its page size and limit
   * @param <T> the entity type
   * @return the plan
   */
  public static <T> ReadPlan<T> query(
      QueryRequest template,
      Function<Map<String, AttributeValue>, T> decoder,
      Consumer<? super UnmappableItem> unmappable,
      Function<Map<String, AttributeValue>, String> cursorOf,
      ReadPosition start) {
    return new ReadPlan<>(
        "Query", template, null, template.tableName(), decoder, unmappable, cursorOf, start);
  }

  /**
   * The plan of a scan, or of one segment of a parallel scan.
   *
   * @param template the request, from {@link ReadRequests#scan}
   * @param decoder turns a stored item into an entity
   * @param unmappable receives the items that cannot be mapped, or {@code null} to fail on them
   * @param cursorOf writes the cursor of a last evaluated key
   * @param start where the read starts, with its page size and limit
   * @param <T> the entity type
   * @return the plan
   */
  public static <T> ReadPlan<T> scan(
      ScanRequest template,
      Function<Map<String, AttributeValue>, T> decoder,
      Consumer<? super UnmappableItem> unmappable,
      Function<Map<String, AttributeValue>, String> cursorOf,
      ReadPosition start) {
    return new ReadPlan<>(
        "Scan", null, template, template.tableName(), decoder, unmappable, cursorOf, start);
  }

  /**
   * Where the read starts.
   *
   * @return the position before the first request; finished already for a limit of 0
   */
  public ReadPosition start() {
    return start;
  }

  /**
   * The DynamoDB operation.
   *
   * @return {@code Query} or {@code Scan}
   */
  public String operation() {
    return operation;
  }

  /**
   * The table read.
   *
   * @return the table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * Builds the request of the page at {@code position} and has {@code sender} send it.
   *
   * @param position where the read stands; not finished
   * @param sender sends the request
   * @param <R> what the sender returns
   * @return what the sender returned
   * @throws IllegalStateException if the position is finished
   */
  public <R> R send(ReadPosition position, PageSender<R> sender) {
    if (position.finished()) {
      throw new IllegalStateException("the read is finished: no request is sent");
    }
    return query != null
        ? sender.query(ReadRequests.next(query, position))
        : sender.scan(ReadRequests.next(scan, position));
  }

  /**
   * A page and the position after it.
   *
   * @param page the decoded page, with its cursor
   * @param next where the read stands after it
   * @param <T> the entity type
   */
  public record Step<T>(Page<T> page, ReadPosition next) {}

  /**
   * Turns the response to the request sent at {@code position} into a page and the next position:
   * items decoded (or skipped and handed to the unmappable-item consumer), the cursor written, the
   * limit counted down by the items returned.
   *
   * @param position the position the request was sent at
   * @param raw the response
   * @return the page and the next position
   * @throws ItemMappingException if an item cannot be mapped and the read does not skip such
   *     items
   */
  public Step<T> receive(ReadPosition position, RawPage raw) {
    List<T> items = decode(raw);
    Map<String, AttributeValue> last = raw.lastEvaluatedKey();
    Page<T> page =
        new Page<>(
            items,
            raw.count(),
            raw.scannedCount(),
            Optional.ofNullable(raw.consumedCapacity()),
            last == null ? Map.of() : last,
            last == null ? Optional.empty() : Optional.of(cursorOf.apply(last)),
            Optional.ofNullable(raw.requestId()));
    return new Step<>(page, position.after(last, items.size()));
  }

  /**
   * The entities of a response alone, for readers that need no page or cursor (the segments of a
   * parallel scan): items that cannot be mapped fail or are skipped as in {@link #receive}.
   *
   * @param raw the response
   * @return the entities, in the items' order
   * @throws ItemMappingException if an item cannot be mapped and the read does not skip such
   *     items
   */
  public List<T> decode(RawPage raw) {
    return PageCore.decode(raw.items(), decoder, unmappable);
  }

  /**
   * Dynamap's exception for a failed request of this read.
   *
   * @param e what the SDK threw, or failed the future with
   * @return the exception to throw or to fail with, naming the operation and the table
   */
  public DynamapException translate(SdkException e) {
    return DynamapErrors.translate(e, operation, tableName);
  }

  @Override
  public String toString() {
    return "ReadPlan[" + operation + " " + tableName + ", " + start + "]";
  }
}
