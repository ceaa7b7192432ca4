package io.dynamap.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One DynamoDB operation: validates its request as DynamoDB does, runs it on the engine and renders
 * DynamoDB's response. Errors are thrown as {@link DynamoException}s.
 */
public interface Operation {
  /** The operation's name, as in {@code X-Amz-Target: DynamoDB_20120810.<name>}. */
  String name();

  /** Runs the request (the parsed JSON body) and returns the response body. */
  ObjectNode execute(ObjectNode request);
}
