package io.dynamap.example.docs.locking;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import io.dynamap.annotations.Version;

// tag::counter[]
@Table(name = "Counters")
record Counter(@PartitionKey String id, long count, @Version long version) {}
// end::counter[]
