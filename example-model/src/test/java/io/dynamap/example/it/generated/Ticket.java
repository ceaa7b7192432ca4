package io.dynamap.example.it.generated;

import io.dynamap.annotations.AtomicCounter;
import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.AutoTimestamp.When;
import io.dynamap.annotations.AutoUuid;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Every kind of generated value: a UUID key, a UUID text, timestamps and two counters. */
@Table(name = "Tickets")
public record Ticket(
    @PartitionKey @AutoUuid UUID id,
    String title,
    @AutoUuid String traceId,
    @AutoTimestamp(on = When.CREATE) Instant createdAt,
    @AutoTimestamp(on = When.EVERY_WRITE) Instant updatedAt,
    @AutoTimestamp(on = When.CREATE) LocalDate createdOn,
    @AutoTimestamp(on = When.EVERY_WRITE) ZonedDateTime touchedAt,
    @AtomicCounter Long views,
    @AtomicCounter(start = 100, delta = -5) Integer stock) {

  /** A new ticket: every generated value left to Dynamap. */
  public static Ticket open(String title) {
    return new Ticket(null, title, null, null, null, null, null, null, null);
  }

  /** This ticket with another title, every other value as it is. */
  public Ticket withTitle(String newTitle) {
    return new Ticket(
        id, newTitle, traceId, createdAt, updatedAt, createdOn, touchedAt, views, stock);
  }
}
