package io.dynamap.example.it.generated;

import io.dynamap.annotations.AtomicCounter;
import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.AutoUuid;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;
import java.time.Instant;

/** A bean with generated values: save returns a new bean read back from the item written. */
@Table(name = "Stickers")
public class Sticker {
  @PartitionKey @AutoUuid private String code;
  private String label;
  @AutoTimestamp(on = AutoTimestamp.When.CREATE) private Instant printedAt;
  @AtomicCounter private long copies;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Instant getPrintedAt() {
    return printedAt;
  }

  public void setPrintedAt(Instant printedAt) {
    this.printedAt = printedAt;
  }

  public long getCopies() {
    return copies;
  }

  public void setCopies(long copies) {
    this.copies = copies;
  }
}
