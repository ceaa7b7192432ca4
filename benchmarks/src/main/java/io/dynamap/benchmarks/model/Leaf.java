package io.dynamap.benchmarks.model;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBDocument;
import io.dynamap.annotations.Document;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * The third level of the nested shape. A bean mapped by Dynamap, the hand-written converter, the Enhanced Client's bean
 * and static schemas and the SDK v1 mapper.
 */
@Document
@DynamoDBDocument
@DynamoDbBean
public class Leaf {
  private String label;
  private String text;
  private long weight;

  /** An empty instance, for the mappers. */
  public Leaf() {}

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public long getWeight() {
    return weight;
  }

  public void setWeight(long weight) {
    this.weight = weight;
  }
}
