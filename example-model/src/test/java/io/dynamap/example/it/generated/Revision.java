package io.dynamap.example.it.generated;

import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import io.dynamap.annotations.Version;
import java.time.Instant;

/** Generated values beside a version. */
@Table(name = "Revisions")
public record Revision(
    @PartitionKey String id,
    String text,
    @AutoTimestamp(on = AutoTimestamp.When.EVERY_WRITE) Instant savedAt,
    @Version long version) {}
