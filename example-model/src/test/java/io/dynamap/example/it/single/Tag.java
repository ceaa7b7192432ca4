package io.dynamap.example.it.single;

import io.dynamap.annotations.Item;
import io.dynamap.annotations.KeyFormat;

/** Tags of an account, on an escaping table: the account written as it is, the tag escaped. */
@Item(table = LedgerTable.class, type = "TAG", partition = "ACCOUNT#{account}#TAGS", sort = "TAG#{tag}")
record Tag(@KeyFormat(escape = false) String account, String tag) {}
