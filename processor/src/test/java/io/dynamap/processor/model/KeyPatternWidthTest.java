package io.dynamap.processor.model;

import static com.google.common.truth.Truth.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Which {@code @KeyFormat} patterns sort like their values, and their width. */
class KeyPatternWidthTest {

  @Test
  void fixedWidthNumericFieldsFromTheYearDownSort() {
    assertThat(ItemKeysReader.sortableWidth("yyyy-MM-dd'T'HH:mm:ss")).isEqualTo(19);
    assertThat(ItemKeysReader.sortableWidth("uuuuMMdd")).isEqualTo(8);
    assertThat(ItemKeysReader.sortableWidth("yyyy-MM-dd HH:mm:ss.SSS")).isEqualTo(23);
    assertThat(ItemKeysReader.sortableWidth("yyyy-MM-dd'T'HH:mm:ss'Z'")).isEqualTo(20);
    assertThat(ItemKeysReader.sortableWidth("yyyy''MM")).isEqualTo(7);
  }

  @Test
  void variableWidthTextualOrOutOfOrderFieldsDoNot() {
    assertThat(ItemKeysReader.sortableWidth("d/M/yyyy")).isEqualTo(-1);
    assertThat(ItemKeysReader.sortableWidth("dd-MM-yyyy")).isEqualTo(-1);
    assertThat(ItemKeysReader.sortableWidth("yyyy-MMM-dd")).isEqualTo(-1);
    assertThat(ItemKeysReader.sortableWidth("yy-MM-dd")).isEqualTo(-1);
    assertThat(ItemKeysReader.sortableWidth("yyyy-dd")).isEqualTo(-1);
    assertThat(ItemKeysReader.sortableWidth("yyyy[-MM]")).isEqualTo(-1);
    assertThat(ItemKeysReader.sortableWidth("'only text'")).isEqualTo(-1);
  }

  @Test
  void aPatternMustWriteAndReadBackItsType() {
    LocalDateTime sample = LocalDateTime.of(2020, 6, 21, 19, 18);
    assertThat(ItemKeysReader.patternProblem("yyyy-MM-dd'T'HH:mm:ss", sample)).isNull();
    assertThat(ItemKeysReader.patternProblem("yyyy-MM-dd", sample.toLocalDate())).isNull();
    assertThat(ItemKeysReader.patternProblem("yyyy-MM-dd", sample)).contains("cannot write a value and read it back");
    assertThat(ItemKeysReader.patternProblem("HH:mm", LocalDate.of(2020, 6, 21))).contains("cannot write");
    assertThat(ItemKeysReader.patternProblem("yyyy-MM-dd'T", sample)).contains("no DateTimeFormatter pattern");
  }
}
