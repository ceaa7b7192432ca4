package io.dynamap.example.it.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated {@code toJson} writes attributes as the entity declares them, nested documents too. */
class JsonFieldOrderTest {
  @Test
  void attributesAndDocumentMembersComeInDeclarationOrder() {
    Shelf.Label label = new Shelf.Label("z", "a", "m", "b");
    Shelf shelf = new Shelf("north", "Fruit", 12, label, List.of(label), null, true);

    String json = ShelfSchema.INSTANCE.toJson(shelf);

    String labelJson = "{\"zulu\":\"z\",\"alpha\":\"a\",\"mike\":\"m\",\"bravo\":\"b\"}";
    assertEquals(
        "{\"zone\":\"north\",\"title\":\"Fruit\",\"apples\":12,\"label\":" + labelJson
            + ",\"spares\":[" + labelJson + "],\"bare\":true}",
        json);
    assertEquals(shelf, ShelfSchema.INSTANCE.fromJson(json));
  }
}
