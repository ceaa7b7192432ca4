/**
 * What generated schemas implement and call: {@link io.dynamap.runtime.schema.ItemSchema} (item
 * conversion, keys, table definition), {@link io.dynamap.runtime.schema.DocumentSchema} for nested
 * documents, {@link io.dynamap.runtime.schema.ProjectionSchema} for typed projections, the
 * attribute codecs and number formatting they use, and the table, key and index definitions
 * {@link io.dynamap.runtime.schema.TableDefinitions} turns into a {@code CreateTable} request.
 */
package io.dynamap.runtime.schema;
