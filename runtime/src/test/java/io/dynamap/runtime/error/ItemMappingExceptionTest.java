package io.dynamap.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The whole path of an attribute, built as the exception leaves documents, lists and maps. */
class ItemMappingExceptionTest {

  private static ItemMappingException at(String path) {
    return ItemMappingException.atAttribute(path, " should be N (number)");
  }

  @Test
  void documentsListsAndMapsAddTheirPartFromTheInsideOut() {
    // matrix[1][0] of a document at lines[2] inside the document stored at home
    ItemMappingException e =
        at("matrix[][]")
            .atElement("matrix[]", 0)
            .atElement("matrix", 1)
            .within("lines[]")
            .atElement("lines", 2)
            .within("home");
    assertEquals("attribute 'home.lines[2].matrix[1][0]' should be N (number)", e.getMessage());
    assertEquals(Optional.of("home.lines[2].matrix[1][0]"), e.attributePath());
  }

  @Test
  void mapValuesAreNamedByTheirKey() {
    assertEquals(
        "attribute 'tags.red[3]' should be N (number)",
        at("tags{}[]").atElement("tags{}", 3).atKey("tags", "red").getMessage());
  }

  @Test
  void aProblemOfTheContainerItselfKeepsItsPath() {
    ItemMappingException e = at("tags");
    assertSame(e, e.atKey("tags", "red"));
    assertSame(e, e.atElement("tags", 0));
  }

  @Test
  void aProblemThatNamedNoAttributeIsPlacedWhereItWasCaught() {
    ItemMappingException e = new ItemMappingException("MoneyConverter: no currency").atElement("prices", 1);
    assertEquals("attribute 'prices[1]': MoneyConverter: no currency", e.getMessage());
  }

  @Test
  void theOriginalStackTraceIsKept() {
    ItemMappingException e = at("lat");
    assertEquals(e.getStackTrace()[0], e.within("geo").getStackTrace()[0]);
  }

  @Test
  void inItemAddsTableAndKeyAndKeepsThem() {
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("h-1"));
    ItemMappingException e = at("lat").within("home").inItem("Homes", key);
    assertEquals(
        "table Homes, item {id=\"h-1\"}: attribute 'home.lat' should be N (number)", e.getMessage());
    assertEquals(key, e.itemKey());
    assertEquals(Optional.of("home.lat"), e.attributePath());
    assertTrue(new ItemMappingException("x").itemKey().isEmpty());
  }
}
