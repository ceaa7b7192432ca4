package io.dynamap.example.docs;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderRepository;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.Query;
import io.dynamap.runtime.page.UnmappableItem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ReadingSnippets {
  private static final Logger log = LoggerFactory.getLogger(ReadingSnippets.class);

  /** What a web framework hands a handler: the request's parameters. */
  interface Request {
    String getParameter(String name);
  }

  /** Where a parallel scan writes each segment's orders. */
  interface OrderFile {
    void write(Order order);
  }

  void options(OrderRepository orders) {
    // tag::query-options[]
    Query<Order> recent = orders.query(OrderKeys.partition("c-001"))
        .descending()            // ScanIndexForward=false: newest first
        .pageSize(50)            // Limit of each request
        .limit(120)              // exactly 120 items, or all if fewer match
        .consistentRead();       // ConsistentRead=true

    Stream<Order> items = recent.stream();          // lazy: a page is fetched when the stream needs it
    Stream<Page<Order>> pages = recent.pages();     // one Page per request
    Page<Order> first = recent.firstPage();         // one request
    // end::query-options[]
  }

  void cursor(OrderRepository orders, String customerId, Request request) {
    // tag::cursor[]
    Page<Order> page = orders.query(OrderKeys.partition(customerId)).pageSize(20)
        .startingAfter(request.getParameter("after"))      // null on the first request
        .firstPage();
    respond(page.items(), page.cursor().orElse(null));
    // end::cursor[]
  }

  void respond(List<Order> items, String nextCursor) {}

  void parallel(OrderRepository orders, List<Order> index, OrderFile[] files) {
    // tag::parallel-scan[]
    try (Stream<Order> all = orders.scan().segments(4).stream()) {    // close it if not read to the end
      all.forEach(index::add);
    }
    orders.scan().segments(4).forEachSegment(segment -> order -> files[segment].write(order));
    // end::parallel-scan[]
  }

  void skipUnmappable(OrderRepository orders) {
    // tag::skip-unmappable[]
    List<UnmappableItem> foreign = new ArrayList<>();
    List<Order> mine = orders.query(OrderKeys.partition("c-001")).skipUnmappable(foreign::add)
        .stream().toList();
    foreign.forEach(f -> log.warn("skipped {}: {}", f.key(), f.error().getMessage()));
    // end::skip-unmappable[]
  }
}
