package io.dynamap.example.it.generated;

import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;
import java.time.Instant;

/** A log whose sort key is the time the event was written, filled by puts. */
@Table(name = "Events")
public record Event(
    @PartitionKey String stream,
    @SortKey @AutoTimestamp(on = AutoTimestamp.When.CREATE) Instant at,
    String what) {}
