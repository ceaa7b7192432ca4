package io.dynamap.example.docs.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The snippets of docs/generated-values.md, run against Dynamap Local. */
@DynamapLocalTest
class GeneratedValuesSnippetTest {

  @Test
  void saveFillsAndUpdatesCount(DynamoDbClient client, TestTables tables) {
    ArticleRepository articles = new ArticleRepository(client, tables.create(ArticleSchema.INSTANCE));
    // tag::save[]
    Article saved = articles.save(new Article(null, "Hello", null, null, null));
    // saved.id(): a random UUID; createdAt and updatedAt: the time of the write; views: 0
    // end::save[]
    assertNotNull(saved.id());
    assertEquals(saved.createdAt(), saved.updatedAt());
    assertEquals(0L, saved.views());
    // tag::count[]
    articles.update(saved.id()).executeWithoutResult();   // views: 1, updatedAt: now
    Article renamed = articles.update(saved).set(ArticleAttributes.title, "Hello again").execute();
    // renamed.views(): 2; renamed.createdAt(): unchanged
    // end::count[]
    assertEquals(2L, renamed.views());
    assertEquals(saved.createdAt(), renamed.createdAt());
    assertEquals(renamed, articles.get(saved.id()).orElseThrow());
  }
}
