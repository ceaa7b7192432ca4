package io.dynamap.example.it.single;

import io.dynamap.annotations.Item;
import java.time.LocalDate;

/** Notes by day then title: a fixed-width date before variable-width text. */
@Item(table = LedgerTable.class, type = "NOTE", partition = "ACCOUNT#{account}#{year}", sort = "NOTE#{day}#{title}")
record Note(String account, int year, LocalDate day, String title, short priority) {}
