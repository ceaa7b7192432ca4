/**
 * Key conditions: what the generated {@code …Keys} classes return, so that a query the table's
 * keys cannot answer does not compile. {@link io.dynamap.runtime.key.KeyCondition} is a partition
 * key with an optional sort key condition; the sort key condition classes offer only the operators
 * the sort key's type allows (prefixes for strings and templates, ranges for numbers and binary),
 * and {@link io.dynamap.runtime.key.KeyParts} builds and parses composite (template) key values.
 */
package io.dynamap.runtime.key;
