package io.dynamap.benchmarks.model;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTable;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The shallow map shape: two flat maps. A bean mapped by Dynamap, the hand-written converter, the Enhanced Client's bean
 * and static schemas and the SDK v1 mapper.
 */
@Table(name = "bench_shallow_map")
@DynamoDBTable(tableName = "bench_shallow_map")
@DynamoDbBean
public class ShallowMapItem {
  @PartitionKey private String id;
  private Map<String, String> labels;
  private Map<String, Long> counters;

  /** An empty instance, for the mappers. */
  public ShallowMapItem() {}

  @DynamoDbPartitionKey
  @DynamoDBHashKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  public Map<String, Long> getCounters() {
    return counters;
  }

  public void setCounters(Map<String, Long> counters) {
    this.counters = counters;
  }
}
