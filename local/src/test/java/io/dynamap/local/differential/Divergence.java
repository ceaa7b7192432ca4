package io.dynamap.local.differential;

import java.util.List;

/**
 * A step where the answers differ: what differs, and the exchanges that show it.
 *
 * @param index the step's position in the seeded sequence
 * @param step the generated step
 * @param differences what differs, one line each ("status 200 vs 400", "message ...")
 * @param exchanges the requests and both answers, for the report and the rules of known
 *     differences
 */
record Divergence(long seed, int index, Step step, List<String> differences, List<Exchange> exchanges) {

  /** The first exchange whose answers differ, or the last one. */
  Exchange exchange() {
    for (Exchange exchange : exchanges) {
      if (exchange.subject() != null && exchange.oracle() != null
          && !AnswerComparison.sameAnswer(exchange.target(), exchange.subject(), exchange.oracle())) {
        return exchange;
      }
    }
    return exchanges.get(exchanges.size() - 1);
  }

  String report(String subjectName, String oracleName) {
    StringBuilder text = new StringBuilder();
    text.append("seed ").append(seed).append(", operation #").append(index).append(" (")
        .append(step.label()).append("): ").append(step.target()).append('\n');
    for (String difference : differences) {
      text.append("  differs: ").append(difference).append('\n');
    }
    Exchange shown = exchange();
    text.append("  request: ").append(Json.compact(shown.request())).append('\n');
    if (shown.oracleRequest() != null && shown.subjectRequest() != null
        && !shown.oracleRequest().equals(shown.subjectRequest())) {
      text.append("  request to ").append(oracleName).append(": ")
          .append(Json.compact(shown.oracleRequest())).append('\n');
    }
    text.append("  ").append(subjectName).append(": ").append(shown.subject()).append('\n');
    text.append("  ").append(oracleName).append(": ").append(shown.oracle()).append('\n');
    return text.toString();
  }
}
