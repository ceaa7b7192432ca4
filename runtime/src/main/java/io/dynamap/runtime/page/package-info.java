/**
 * Reading many items: {@link io.dynamap.runtime.page.Query} and {@link
 * io.dynamap.runtime.page.Scan}, which repositories return from {@code query(…)} and {@code
 * scan()}. Both are immutable descriptions of a read, with options (page size, an exact item
 * limit, order, consistency, a cursor to resume from) and ways to run it: a lazy stream of items,
 * a lazy stream of {@link io.dynamap.runtime.page.Page}s, or the first page alone. A scan can also
 * read several segments in parallel. Their options are declared once, in {@link
 * io.dynamap.runtime.page.AbstractRead} and {@link io.dynamap.runtime.page.AbstractQuery}, which
 * the non-blocking {@code AsyncQuery} and {@code AsyncScan} of {@code dynamap-async} extend too;
 * the requests and the meaning of each response come from the request core ({@link
 * io.dynamap.runtime.core}).
 *
 * <p>Cursors ({@link io.dynamap.runtime.page.Page#cursor()}) are opaque URL-safe strings that a
 * later read resumes from; {@link io.dynamap.runtime.page.CursorCodec} says how they are checked.
 */
package io.dynamap.runtime.page;
