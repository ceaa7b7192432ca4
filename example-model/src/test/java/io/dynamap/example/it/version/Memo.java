package io.dynamap.example.it.version;

import io.dynamap.annotations.Item;

/** A member of the same collection without a version: written as is, last writer wins. */
@Item(table = VaultTable.class, type = "MEMO", partition = "OWNER#{owner}", sort = "MEMO#{title}")
public record Memo(String owner, String title, String text) implements VaultItem {}
