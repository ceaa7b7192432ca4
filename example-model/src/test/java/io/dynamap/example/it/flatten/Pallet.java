package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Flatten;
import io.dynamap.annotations.Item;

// tag::flatten-item[]
/** Stored as pk, sk, type, depot, pallet, dest_street, dest_city, dest_floor, weight. */
@Item(table = DepotTable.class, type = "PALLET", partition = "DEPOT#{depot}", sort = "P#{pallet}")
record Pallet(String depot, int pallet, @Flatten(prefix = "dest_") Place destination, int weight) {}
// end::flatten-item[]
