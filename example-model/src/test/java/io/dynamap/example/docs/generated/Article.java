package io.dynamap.example.docs.generated;

import io.dynamap.annotations.AtomicCounter;
import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.AutoTimestamp.When;
import io.dynamap.annotations.AutoUuid;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.time.Instant;
import java.util.UUID;

// tag::article[]
@Table(name = "Articles")
record Article(
    @PartitionKey @AutoUuid UUID id,
    String title,
    @AutoTimestamp(on = When.CREATE) Instant createdAt,
    @AutoTimestamp(on = When.EVERY_WRITE) Instant updatedAt,
    @AtomicCounter Long views) {}
// end::article[]
