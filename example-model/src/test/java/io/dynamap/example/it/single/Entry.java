package io.dynamap.example.it.single;

import io.dynamap.annotations.Item;

/** Entries of an account sorted by a signed sequence number: negatives must sort first. */
@Item(table = LedgerTable.class, type = "ENTRY", partition = "ACCOUNT#{account}#{year}", sort = "ENTRY#{sequence}")
record Entry(String account, int year, long sequence, String memo) {}
