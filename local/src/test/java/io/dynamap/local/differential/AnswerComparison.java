package io.dynamap.local.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What differs between two answers to one request: status, error type and message, body. */
final class AnswerComparison {
  private AnswerComparison() {}

  static boolean sameAnswer(String target, Answer subject, Answer oracle) {
    return differences(target, subject, oracle).isEmpty();
  }

  static List<String> differences(String target, Answer subject, Answer oracle) {
    List<String> differences = new ArrayList<>();
    if (subject.status() != oracle.status()) {
      differences.add("status " + subject.status() + " vs " + oracle.status());
    }
    if (subject.isError() || oracle.isError()) {
      if (!subject.errorName().equals(oracle.errorName())) {
        differences.add("__type " + subject.errorName() + " vs " + oracle.errorName());
      }
      if (!Objects.equals(subject.message(), oracle.message())) {
        differences.add("message \"" + subject.message() + "\" vs \"" + oracle.message() + "\"");
      }
      JsonNode subjectItem = subject.body().path("Item");
      JsonNode oracleItem = oracle.body().path("Item");
      if (!Normalized.item(subjectItem).equals(Normalized.item(oracleItem))) {
        differences.add("error Item " + subjectItem + " vs " + oracleItem);
      }
      return differences;
    }
    JsonNode subjectBody = Normalized.body(target, subject.body());
    JsonNode oracleBody = Normalized.body(target, oracle.body());
    if (!subjectBody.equals(oracleBody)) {
      List<String> fields = new ArrayList<>();
      subjectBody.fieldNames().forEachRemaining(fields::add);
      oracleBody.fieldNames().forEachRemaining(f -> {
        if (!fields.contains(f)) {
          fields.add(f);
        }
      });
      for (String field : fields) {
        if (!subjectBody.path(field).equals(oracleBody.path(field))) {
          differences.add(field + " differs");
        }
      }
    }
    return differences;
  }
}
