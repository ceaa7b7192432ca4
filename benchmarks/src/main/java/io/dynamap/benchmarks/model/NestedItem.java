package io.dynamap.benchmarks.model;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTable;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The nested shape: documents in lists in documents, three levels (item, branches, leaves). A bean mapped by Dynamap, the hand-written converter, the Enhanced Client's bean
 * and static schemas and the SDK v1 mapper.
 */
@Table(name = "bench_nested")
@DynamoDBTable(tableName = "bench_nested")
@DynamoDbBean
public class NestedItem {
  @PartitionKey private String id;
  private String name;
  private List<Branch> branches;

  /** An empty instance, for the mappers. */
  public NestedItem() {}

  @DynamoDbPartitionKey
  @DynamoDBHashKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Branch> getBranches() {
    return branches;
  }

  public void setBranches(List<Branch> branches) {
    this.branches = branches;
  }
}
