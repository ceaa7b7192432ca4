package io.dynamap.local.engine;

/** How a table is billed: by provisioned throughput or on demand. */
public enum BillingMode {
  PROVISIONED, PAY_PER_REQUEST
}
