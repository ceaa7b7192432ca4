package io.dynamap.example.it.single;

import io.dynamap.annotations.SingleTable;

/** A table for the tests of composed numbers and text. */
@SingleTable(name = "Ledger", partitionKey = "PK", sortKey = "SK", typeAttribute = "kind")
interface LedgerTable {}
