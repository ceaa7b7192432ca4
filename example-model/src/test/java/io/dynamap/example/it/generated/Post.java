package io.dynamap.example.it.generated;

import io.dynamap.annotations.AtomicCounter;
import io.dynamap.annotations.AutoTimestamp;
import io.dynamap.annotations.Item;
import java.time.Instant;

/** A member with generated values outside its key templates. */
@Item(table = BoardTable.class, type = "POST", partition = "BOARD#{board}", sort = "POST#{slug}")
public record Post(
    String board,
    String slug,
    String text,
    @AutoTimestamp(on = AutoTimestamp.When.CREATE) Instant postedAt,
    @AtomicCounter Long likes)
    implements BoardItem {}
