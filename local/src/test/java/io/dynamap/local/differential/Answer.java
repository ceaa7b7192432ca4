package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** One HTTP answer of a DynamoDB-compatible server: its status and JSON body. */
record Answer(int status, JsonNode body) {

  boolean isError() {
    return status != 200;
  }

  /** The error's {@code __type}, without its namespace ({@code ValidationException}); "" if none. */
  String errorName() {
    String type = body.path("__type").asText("");
    return type.substring(type.indexOf('#') + 1);
  }

  String message() {
    JsonNode message = body.path("message");
    if (message.isMissingNode()) {
      message = body.path("Message");
    }
    return message.isMissingNode() ? null : message.asText();
  }

  static Answer transportFailure(String what) {
    return new Answer(-1, MissingNode.getInstance()).withNote(what);
  }

  private Answer withNote(String what) {
    return new Answer(status, Json.MAPPER.createObjectNode().put("transportFailure", what));
  }

  @Override
  public String toString() {
    return status + " " + Json.compact(body);
  }
}
