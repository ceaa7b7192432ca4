package io.dynamap.local.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differential test's normalisation: only what may legitimately differ is made equal. */
class NormalizedTest {

  private static JsonNode body(String json) {
    return Normalized.body("GetItem", Json.parse(json));
  }

  @Test
  void numbersCompareByValueWhereverTheyAre() {
    assertEquals(
        body("{\"Item\":{\"n\":{\"N\":\"10\"},\"m\":{\"M\":{\"x\":{\"L\":[{\"N\":\"1.50\"}]}}}}}"),
        body("{\"Item\":{\"n\":{\"N\":\"1e1\"},\"m\":{\"M\":{\"x\":{\"L\":[{\"N\":\"1.5\"}]}}}}}"));
    assertNotEquals(
        body("{\"Item\":{\"n\":{\"N\":\"10\"}}}"), body("{\"Item\":{\"n\":{\"N\":\"11\"}}}"));
  }

  @Test
  void setsCompareWhateverTheOrderOfTheirMembers() {
    assertEquals(
        body("{\"Item\":{\"s\":{\"SS\":[\"b\",\"a\"]},\"n\":{\"NS\":[\"2\",\"1E+1\"]}}}"),
        body("{\"Item\":{\"s\":{\"SS\":[\"a\",\"b\"]},\"n\":{\"NS\":[\"10\",\"2.0\"]}}}"));
    assertNotEquals(
        body("{\"Item\":{\"s\":{\"SS\":[\"a\"]}}}"), body("{\"Item\":{\"s\":{\"SS\":[\"a\",\"b\"]}}}"));
  }

  @Test
  void listsKeepTheirOrderAndStringsAreNotNumbers() {
    assertNotEquals(
        body("{\"Item\":{\"l\":{\"L\":[{\"S\":\"a\"},{\"S\":\"b\"}]}}}"),
        body("{\"Item\":{\"l\":{\"L\":[{\"S\":\"b\"},{\"S\":\"a\"}]}}}"));
    assertNotEquals(
        body("{\"Item\":{\"s\":{\"S\":\"1e1\"}}}"), body("{\"Item\":{\"s\":{\"S\":\"10\"}}}"));
  }

  @Test
  void queryItemsKeepTheirOrderBatchResponsesDoNot() {
    assertNotEquals(
        Normalized.body("Query", Json.parse("{\"Items\":[{\"k\":{\"S\":\"a\"}},{\"k\":{\"S\":\"b\"}}]}")),
        Normalized.body("Query", Json.parse("{\"Items\":[{\"k\":{\"S\":\"b\"}},{\"k\":{\"S\":\"a\"}}]}")));
    assertEquals(
        Normalized.body("BatchGetItem",
            Json.parse("{\"Responses\":{\"t\":[{\"k\":{\"S\":\"a\"}},{\"k\":{\"S\":\"b\"}}]}}")),
        Normalized.body("BatchGetItem",
            Json.parse("{\"Responses\":{\"t\":[{\"k\":{\"S\":\"b\"}},{\"k\":{\"S\":\"a\"}}]}}")));
  }

  @Test
  void binariesCompareByContent() {
    assertEquals(body("{\"Item\":{\"b\":{\"B\":\"AAE=\"}}}"), body("{\"Item\":{\"b\":{\"B\":\"AAE\"}}}"));
  }

  @Test
  void canonicalTextIgnoresFieldOrder() {
    assertEquals(
        Normalized.canonical(Json.parse("{\"a\":1,\"b\":[{\"c\":2,\"d\":3}]}")),
        Normalized.canonical(Json.parse("{\"b\":[{\"d\":3,\"c\":2}],\"a\":1}")));
  }

  @Test
  void errorsCompareByTypeAndMessage() {
    Answer validation = new Answer(400, Json.parse(
        "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"m\"}"));
    Answer otherMessage = new Answer(400, Json.parse(
        "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"n\"}"));
    assertEquals(List.of(), AnswerComparison.differences("GetItem", validation, validation));
    assertEquals(List.of("message \"m\" vs \"n\""),
        AnswerComparison.differences("GetItem", validation, otherMessage));
  }

  @Test
  void theGeneratorIsDeterministic() {
    assertEquals(steps(7), steps(7));
    assertNotEquals(steps(7), steps(8));
  }

  private static List<String> steps(long seed) {
    RequestGenerator generator = new RequestGenerator(seed);
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Step step = generator.nextWithCapacity();
      steps.add(step.target() + " " + Json.compact(step.request()));
    }
    return steps;
  }
}
