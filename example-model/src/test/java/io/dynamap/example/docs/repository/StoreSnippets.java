package io.dynamap.example.docs.repository;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class StoreSnippets {
  OrderStore open(DynamoDbClient client) {
    // tag::order-store-impl[]
    OrderStore store = new OrderStoreImpl(client);             // or (client, tableName), or (orderRepository)
    // end::order-store-impl[]
    return store;
  }
}
