package io.dynamap.runtime.page;

import io.dynamap.runtime.core.PageSender;
import io.dynamap.runtime.core.RawPage;
import io.dynamap.runtime.core.ReadPlan;
import io.dynamap.runtime.core.ReadPosition;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** The blocking executor of paged reads: sends a plan's requests on the calling thread. */
final class BlockingPages implements PageSender<RawPage> {
  private final DynamoDbClient client;

  BlockingPages(DynamoDbClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public RawPage query(QueryRequest request) {
    return RawPage.of(client.query(request));
  }

  @Override
  public RawPage scan(ScanRequest request) {
    return RawPage.of(client.scan(request));
  }

  /** The page at {@code position}, the SDK's exceptions translated into Dynamap's. */
  RawPage fetch(ReadPlan<?> plan, ReadPosition position) {
    try {
      return plan.send(position, this);
    } catch (SdkException e) {
      throw plan.translate(e);
    }
  }
}
