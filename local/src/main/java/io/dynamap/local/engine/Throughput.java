package io.dynamap.local.engine;

/**
 * Provisioned read and write capacity units of a table or global index (both 0 on demand, as
 * DynamoDB describes on-demand tables).
 */
public record Throughput(long readCapacityUnits, long writeCapacityUnits) {
  public static final Throughput ON_DEMAND = new Throughput(0, 0);
}
