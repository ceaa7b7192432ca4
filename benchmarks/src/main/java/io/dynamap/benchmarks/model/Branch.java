package io.dynamap.benchmarks.model;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBDocument;
import io.dynamap.annotations.Document;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * The second level of the nested shape. A bean mapped by Dynamap, the hand-written converter, the Enhanced Client's bean
 * and static schemas and the SDK v1 mapper.
 */
@Document
@DynamoDBDocument
@DynamoDbBean
public class Branch {
  private String name;
  private int rank;
  private List<Leaf> leaves;

  /** An empty instance, for the mappers. */
  public Branch() {}

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getRank() {
    return rank;
  }

  public void setRank(int rank) {
    this.rank = rank;
  }

  public List<Leaf> getLeaves() {
    return leaves;
  }

  public void setLeaves(List<Leaf> leaves) {
    this.leaves = leaves;
  }
}
