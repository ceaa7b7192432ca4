package io.dynamap.benchmarks;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import io.dynamap.benchmarks.model.Address;
import io.dynamap.benchmarks.model.BinaryItem;
import io.dynamap.benchmarks.model.Branch;
import io.dynamap.benchmarks.model.Leaf;
import io.dynamap.benchmarks.model.MixedItem;
import io.dynamap.benchmarks.model.NestedItem;
import io.dynamap.benchmarks.model.ShallowMapItem;
import io.dynamap.benchmarks.model.SmallItem;
import io.dynamap.benchmarks.model.Status;
import io.dynamap.benchmarks.model.TinyItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The Enhanced Client's {@link StaticTableSchema}s of the bean shapes, written out by hand. */
public final class StaticSchemas {
  private StaticSchemas() {}

  public static final StaticTableSchema<TinyItem> TINY =
      StaticTableSchema.builder(TinyItem.class)
          .newItemSupplier(TinyItem::new)
          .addAttribute(
              String.class,
              a -> a.name("id").getter(TinyItem::getId).setter(TinyItem::setId).tags(primaryPartitionKey()))
          .build();

  public static final StaticTableSchema<SmallItem> SMALL =
      StaticTableSchema.builder(SmallItem.class)
          .newItemSupplier(SmallItem::new)
          .addAttribute(
              String.class,
              a -> a.name("pk").getter(SmallItem::getPk).setter(SmallItem::setPk).tags(primaryPartitionKey()))
          .addAttribute(
              String.class,
              a -> a.name("sk").getter(SmallItem::getSk).setter(SmallItem::setSk).tags(primarySortKey()))
          .addAttribute(String.class, a -> a.name("name").getter(SmallItem::getName).setter(SmallItem::setName))
          .addAttribute(String.class, a -> a.name("email").getter(SmallItem::getEmail).setter(SmallItem::setEmail))
          .addAttribute(
              String.class, a -> a.name("country").getter(SmallItem::getCountry).setter(SmallItem::setCountry))
          .addAttribute(Integer.class, a -> a.name("age").getter(SmallItem::getAge).setter(SmallItem::setAge))
          .addAttribute(
              Integer.class, a -> a.name("visits").getter(SmallItem::getVisits).setter(SmallItem::setVisits))
          .addAttribute(Long.class, a -> a.name("score").getter(SmallItem::getScore).setter(SmallItem::setScore))
          .addAttribute(
              Double.class, a -> a.name("balance").getter(SmallItem::getBalance).setter(SmallItem::setBalance))
          .addAttribute(
              BigDecimal.class, a -> a.name("price").getter(SmallItem::getPrice).setter(SmallItem::setPrice))
          .addAttribute(
              Boolean.class, a -> a.name("active").getter(SmallItem::isActive).setter(SmallItem::setActive))
          .build();

  public static final StaticTableSchema<ShallowMapItem> SHALLOW_MAP =
      StaticTableSchema.builder(ShallowMapItem.class)
          .newItemSupplier(ShallowMapItem::new)
          .addAttribute(
              String.class,
              a ->
                  a.name("id")
                      .getter(ShallowMapItem::getId)
                      .setter(ShallowMapItem::setId)
                      .tags(primaryPartitionKey()))
          .addAttribute(
              EnhancedType.mapOf(String.class, String.class),
              a -> a.name("labels").getter(ShallowMapItem::getLabels).setter(ShallowMapItem::setLabels))
          .addAttribute(
              EnhancedType.mapOf(String.class, Long.class),
              a -> a.name("counters").getter(ShallowMapItem::getCounters).setter(ShallowMapItem::setCounters))
          .build();

  static final StaticTableSchema<Leaf> LEAF =
      StaticTableSchema.builder(Leaf.class)
          .newItemSupplier(Leaf::new)
          .addAttribute(String.class, a -> a.name("label").getter(Leaf::getLabel).setter(Leaf::setLabel))
          .addAttribute(String.class, a -> a.name("text").getter(Leaf::getText).setter(Leaf::setText))
          .addAttribute(Long.class, a -> a.name("weight").getter(Leaf::getWeight).setter(Leaf::setWeight))
          .build();

  static final StaticTableSchema<Branch> BRANCH =
      StaticTableSchema.builder(Branch.class)
          .newItemSupplier(Branch::new)
          .addAttribute(String.class, a -> a.name("name").getter(Branch::getName).setter(Branch::setName))
          .addAttribute(Integer.class, a -> a.name("rank").getter(Branch::getRank).setter(Branch::setRank))
          .addAttribute(
              EnhancedType.listOf(EnhancedType.documentOf(Leaf.class, LEAF)),
              a -> a.name("leaves").getter(Branch::getLeaves).setter(Branch::setLeaves))
          .build();

  public static final StaticTableSchema<NestedItem> NESTED =
      StaticTableSchema.builder(NestedItem.class)
          .newItemSupplier(NestedItem::new)
          .addAttribute(
              String.class,
              a -> a.name("id").getter(NestedItem::getId).setter(NestedItem::setId).tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name("name").getter(NestedItem::getName).setter(NestedItem::setName))
          .addAttribute(
              EnhancedType.listOf(EnhancedType.documentOf(Branch.class, BRANCH)),
              a -> a.name("branches").getter(NestedItem::getBranches).setter(NestedItem::setBranches))
          .build();

  static final StaticTableSchema<Address> ADDRESS =
      StaticTableSchema.builder(Address.class)
          .newItemSupplier(Address::new)
          .addAttribute(String.class, a -> a.name("street").getter(Address::getStreet).setter(Address::setStreet))
          .addAttribute(String.class, a -> a.name("city").getter(Address::getCity).setter(Address::setCity))
          .addAttribute(String.class, a -> a.name("zip").getter(Address::getZip).setter(Address::setZip))
          .build();

  public static final StaticTableSchema<MixedItem> MIXED =
      StaticTableSchema.builder(MixedItem.class)
          .newItemSupplier(MixedItem::new)
          .addAttribute(
              String.class,
              a -> a.name("id").getter(MixedItem::getId).setter(MixedItem::setId).tags(primaryPartitionKey()))
          .addAttribute(Integer.class, a -> a.name("count").getter(MixedItem::getCount).setter(MixedItem::setCount))
          .addAttribute(Long.class, a -> a.name("total").getter(MixedItem::getTotal).setter(MixedItem::setTotal))
          .addAttribute(Double.class, a -> a.name("ratio").getter(MixedItem::getRatio).setter(MixedItem::setRatio))
          .addAttribute(
              BigDecimal.class, a -> a.name("amount").getter(MixedItem::getAmount).setter(MixedItem::setAmount))
          .addAttribute(Boolean.class, a -> a.name("flag").getter(MixedItem::isFlag).setter(MixedItem::setFlag))
          .addAttribute(
              Status.class, a -> a.name("status").getter(MixedItem::getStatus).setter(MixedItem::setStatus))
          .addAttribute(
              Instant.class,
              a -> a.name("createdAt").getter(MixedItem::getCreatedAt).setter(MixedItem::setCreatedAt))
          .addAttribute(
              LocalDate.class,
              a -> a.name("birthday").getter(MixedItem::getBirthday).setter(MixedItem::setBirthday))
          .addAttribute(UUID.class, a -> a.name("uuid").getter(MixedItem::getUuid).setter(MixedItem::setUuid))
          .addAttribute(byte[].class, a -> a.name("data").getter(MixedItem::getData).setter(MixedItem::setData))
          .addAttribute(
              EnhancedType.setOf(String.class),
              a -> a.name("tags").getter(MixedItem::getTags).setter(MixedItem::setTags))
          .addAttribute(
              EnhancedType.setOf(Integer.class),
              a -> a.name("numbers").getter(MixedItem::getNumbers).setter(MixedItem::setNumbers))
          .addAttribute(
              EnhancedType.listOf(String.class),
              a -> a.name("notes").getter(MixedItem::getNotes).setter(MixedItem::setNotes))
          .addAttribute(
              EnhancedType.mapOf(String.class, String.class),
              a -> a.name("attributes").getter(MixedItem::getAttributes).setter(MixedItem::setAttributes))
          .addAttribute(
              EnhancedType.documentOf(Address.class, ADDRESS),
              a -> a.name("address").getter(MixedItem::getAddress).setter(MixedItem::setAddress))
          .build();

  public static final StaticTableSchema<BinaryItem> BINARY =
      StaticTableSchema.builder(BinaryItem.class)
          .newItemSupplier(BinaryItem::new)
          .addAttribute(
              String.class,
              a -> a.name("id").getter(BinaryItem::getId).setter(BinaryItem::setId).tags(primaryPartitionKey()))
          .addAttribute(
              byte[].class, a -> a.name("payload").getter(BinaryItem::getPayload).setter(BinaryItem::setPayload))
          .build();
}
