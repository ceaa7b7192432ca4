package io.dynamap.benchmarks.model;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTable;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The binary shape: a 100 KB byte array. A bean mapped by Dynamap, the hand-written converter, the Enhanced Client's bean
 * and static schemas and the SDK v1 mapper.
 */
@Table(name = "bench_binary")
@DynamoDBTable(tableName = "bench_binary")
@DynamoDbBean
public class BinaryItem {
  @PartitionKey private String id;
  private byte[] payload;

  /** An empty instance, for the mappers. */
  public BinaryItem() {}

  @DynamoDbPartitionKey
  @DynamoDBHashKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public byte[] getPayload() {
    return payload;
  }

  public void setPayload(byte[] payload) {
    this.payload = payload;
  }
}
