package io.dynamap.runtime.page;

import java.util.Objects;

/**
 * Which page a read should return: at most {@code size} items, after the page whose {@linkplain
 * Page#cursor() cursor} this holds, or from the beginning without one. Repository interface
 * methods that return a {@link Page} take one; {@link Query#page} and {@link Scan#page} too.
 *
 * <pre>{@code
 * Page<Order> first = orders.findByStatus(OrderStatus.SHIPPED, PageRequest.first(20));
 * Page<Order> second = orders.findByStatus(OrderStatus.SHIPPED, PageRequest.first(20).next(first));
 * // In a web request: PageRequest.of(20, request.getParameter("cursor")) — null starts over.
 * }</pre>
 *
 * @param size the most items the page holds, at least 1
 * @param cursor where the page starts: a cursor from a previous page of the same read, or {@code
 *     null} for the first page
 */
public record PageRequest(int size, String cursor) {
  /**
   * Checks the size.
   *
   * @param size the most items the page holds
   * @param cursor a previous page's cursor, or {@code null} for the first page
   * @throws IllegalArgumentException if {@code size} is less than 1
   */
  public PageRequest {
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least 1 item, not " + size);
    }
  }

  /**
   * The first page of at most {@code size} items.
   *
   * @param size the most items the page holds, at least 1
   * @return a request without a cursor
   * @throws IllegalArgumentException if {@code size} is less than 1
   */
  public static PageRequest first(int size) {
    return new PageRequest(size, null);
  }

  /**
   * The page of at most {@code size} items after the page whose cursor this is.
   *
   * @param size the most items the page holds, at least 1
   * @param cursor a page's cursor, or {@code null} for the first page
   * @return a request for that page
   * @throws IllegalArgumentException if {@code size} is less than 1
   */
  public static PageRequest of(int size, String cursor) {
    return new PageRequest(size, cursor);
  }

  /**
   * The page after {@code page}, of the same size.
   *
   * @param page the page just read, not null
   * @return a request for the page that follows {@code page}
   * @throws IllegalStateException if {@code page} was the last (it has no cursor)
   */
  public PageRequest next(Page<?> page) {
    Objects.requireNonNull(page, "page");
    return new PageRequest(
        size,
        page.cursor()
            .orElseThrow(
                () -> new IllegalStateException("the page is the last one: no page follows it")));
  }
}
