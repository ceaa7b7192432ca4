package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request and what each server answered to it. Pages of a scan are followed on each server
 * with its own LastEvaluatedKey, so there the two requests may differ.
 */
record Exchange(
    String target,
    ObjectNode subjectRequest,
    Answer subject,
    ObjectNode oracleRequest,
    Answer oracle) {

  ObjectNode request() {
    return subjectRequest != null ? subjectRequest : oracleRequest;
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object().put("target", target);
    json.set("request", request());
    if (oracleRequest != null && subjectRequest != null && !oracleRequest.equals(subjectRequest)) {
      json.set("oracleRequest", oracleRequest);
    }
    if (subject != null) {
      json.set("subject", Json.object().put("status", subject.status()).set("body", subject.body()));
    }
    if (oracle != null) {
      json.set("oracle", Json.object().put("status", oracle.status()).set("body", oracle.body()));
    }
    return json;
  }
}
