package io.dynamap.example.it.version;

import io.dynamap.annotations.SingleTable;

/** A single table whose collection has a versioned member and one without a version. */
@SingleTable(name = "Vault")
public interface VaultTable {}
