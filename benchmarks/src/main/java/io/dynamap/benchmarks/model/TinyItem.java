package io.dynamap.benchmarks.model;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTable;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The tiny shape: the key only. A bean mapped by Dynamap, the hand-written converter, the Enhanced Client's bean
 * and static schemas and the SDK v1 mapper.
 */
@Table(name = "bench_tiny")
@DynamoDBTable(tableName = "bench_tiny")
@DynamoDbBean
public class TinyItem {
  @PartitionKey private String id;

  /** An empty instance, for the mappers. */
  public TinyItem() {}

  @DynamoDbPartitionKey
  @DynamoDBHashKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
