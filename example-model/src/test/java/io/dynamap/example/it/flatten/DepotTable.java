package io.dynamap.example.it.flatten;

import io.dynamap.annotations.SingleTable;

/** A single table of pallets, whose destination is flattened into the item. */
@SingleTable(name = "Depots")
interface DepotTable {}
