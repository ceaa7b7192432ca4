package io.dynamap.runtime.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageRequestTest {
  @Test
  void aPageHoldsAtLeastOneItem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PageRequest.first(0));
    assertEquals("a page holds at least 1 item, not 0", e.getMessage());
    assertNull(PageRequest.of(10, null).cursor(), "no cursor: the first page");
  }

  @Test
  void nextContinuesFromThePagesCursorWithTheSameSize() {
    Page<String> page =
        new Page<>(
            List.of("a"),
            1,
            1,
            Optional.empty(),
            Map.of("id", AttributeValue.fromS("a")),
            Optional.of("cursor-1"));
    assertEquals(new PageRequest(7, "cursor-1"), PageRequest.first(7).next(page));
  }

  @Test
  void theLastPageHasNoNext() {
    Page<String> last = Query.emptyPage();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> PageRequest.first(7).next(last));
    assertEquals("the page is the last one: no page follows it", e.getMessage());
  }
}
