package io.dynamap.example.it.ttl;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import io.dynamap.annotations.TimeToLive;
import java.time.Instant;

/** A login session that DynamoDB deletes once it expires. */
@Table(name = "Sessions")
public record Session(@PartitionKey String id, String user, @TimeToLive Instant expiresAt) {}
