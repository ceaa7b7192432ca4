package io.dynamap.benchmarks;

import io.dynamap.benchmarks.model.Address;
import io.dynamap.benchmarks.model.AddressImmutable;
import io.dynamap.benchmarks.model.BinaryImmutable;
import io.dynamap.benchmarks.model.BinaryItem;
import io.dynamap.benchmarks.model.Branch;
import io.dynamap.benchmarks.model.BranchImmutable;
import io.dynamap.benchmarks.model.Leaf;
import io.dynamap.benchmarks.model.LeafImmutable;
import io.dynamap.benchmarks.model.MixedImmutable;
import io.dynamap.benchmarks.model.MixedItem;
import io.dynamap.benchmarks.model.NestedImmutable;
import io.dynamap.benchmarks.model.NestedItem;
import io.dynamap.benchmarks.model.ShallowMapImmutable;
import io.dynamap.benchmarks.model.ShallowMapItem;
import io.dynamap.benchmarks.model.SmallImmutable;
import io.dynamap.benchmarks.model.SmallItem;
import io.dynamap.benchmarks.model.Status;
import io.dynamap.benchmarks.model.TinyImmutable;
import io.dynamap.benchmarks.model.TinyItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The same data for every anchor: as beans, and as immutable objects. Deterministic. */
public final class SampleData {
  /** Branches per nested item, and leaves per branch. */
  static final int NESTED_FAN_OUT = 4;

  static final int BINARY_SIZE = 100 * 1024;
  static final int BULK_PARTITIONS = 10;

  private SampleData() {}

  /** The bean of a shape. */
  public static Object bean(Shape shape) {
    return switch (shape) {
      case TINY -> tiny();
      case SMALL -> small(1);
      case SHALLOW_MAP -> shallowMap();
      case NESTED -> nested();
      case MIXED -> mixed();
      case BINARY -> binary();
    };
  }

  /** The same data as an immutable object, for {@code fromImmutableClass}. */
  public static Object immutable(Shape shape) {
    return switch (shape) {
      case TINY -> TinyImmutable.builder().id(tiny().getId()).build();
      case SMALL -> smallImmutable(small(1));
      case SHALLOW_MAP -> {
        ShallowMapItem b = shallowMap();
        yield ShallowMapImmutable.builder()
            .id(b.getId())
            .labels(b.getLabels())
            .counters(b.getCounters())
            .build();
      }
      case NESTED -> nestedImmutable(nested());
      case MIXED -> mixedImmutable(mixed());
      case BINARY -> {
        BinaryItem b = binary();
        yield BinaryImmutable.builder().id(b.getId()).payload(b.getPayload()).build();
      }
    };
  }

  public static TinyItem tiny() {
    TinyItem item = new TinyItem();
    item.setId("tiny-0001");
    return item;
  }

  /** The i-th small item; bulk loads spread them over {@value #BULK_PARTITIONS} partitions. */
  public static SmallItem small(int i) {
    SmallItem item = new SmallItem();
    item.setPk(partition(i));
    item.setSk(String.format("item-%07d", i));
    item.setName("Customer " + i);
    item.setEmail("customer" + i + "@example.com");
    item.setCountry("FR");
    item.setAge(20 + i % 60);
    item.setVisits(i % 1000);
    item.setScore(1_000_000L + i);
    item.setBalance(1234.5 + i % 100);
    item.setPrice(new BigDecimal("19.99"));
    item.setActive(i % 2 == 0);
    return item;
  }

  /** The partition key of the i-th small item. */
  public static String partition(int i) {
    return "p" + (i % BULK_PARTITIONS);
  }

  static SmallImmutable smallImmutable(SmallItem b) {
    return SmallImmutable.builder()
        .pk(b.getPk())
        .sk(b.getSk())
        .name(b.getName())
        .email(b.getEmail())
        .country(b.getCountry())
        .age(b.getAge())
        .visits(b.getVisits())
        .score(b.getScore())
        .balance(b.getBalance())
        .price(b.getPrice())
        .active(b.isActive())
        .build();
  }

  public static ShallowMapItem shallowMap() {
    ShallowMapItem item = new ShallowMapItem();
    item.setId("map-0001");
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      labels.put("label" + i, "value of label " + i);
    }
    Map<String, Long> counters = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      counters.put("counter" + i, 1000L * i + 7);
    }
    item.setLabels(labels);
    item.setCounters(counters);
    return item;
  }

  public static NestedItem nested() {
    NestedItem item = new NestedItem();
    item.setId("nested-0001");
    item.setName("a tree");
    List<Branch> branches = new ArrayList<>();
    for (int b = 0; b < NESTED_FAN_OUT; b++) {
      Branch branch = new Branch();
      branch.setName("branch " + b);
      branch.setRank(b);
      List<Leaf> leaves = new ArrayList<>();
      for (int l = 0; l < NESTED_FAN_OUT; l++) {
        Leaf leaf = new Leaf();
        leaf.setLabel("leaf " + b + "." + l);
        leaf.setText("some text for leaf " + l);
        leaf.setWeight(100L * b + l);
        leaves.add(leaf);
      }
      branch.setLeaves(leaves);
      branches.add(branch);
    }
    item.setBranches(branches);
    return item;
  }

  static NestedImmutable nestedImmutable(NestedItem b) {
    List<BranchImmutable> branches = new ArrayList<>();
    for (Branch branch : b.getBranches()) {
      List<LeafImmutable> leaves = new ArrayList<>();
      for (Leaf leaf : branch.getLeaves()) {
        leaves.add(
            LeafImmutable.builder()
                .label(leaf.getLabel())
                .text(leaf.getText())
                .weight(leaf.getWeight())
                .build());
      }
      branches.add(
          BranchImmutable.builder()
              .name(branch.getName())
              .rank(branch.getRank())
              .leaves(leaves)
              .build());
    }
    return NestedImmutable.builder().id(b.getId()).name(b.getName()).branches(branches).build();
  }

  public static MixedItem mixed() {
    MixedItem item = new MixedItem();
    item.setId("mixed-0001");
    item.setCount(42);
    item.setTotal(9_876_543_210L);
    item.setRatio(0.75);
    item.setAmount(new BigDecimal("1234.56"));
    item.setFlag(true);
    item.setStatus(Status.ACTIVE);
    item.setCreatedAt(Instant.parse("2026-11-23T10:15:30.123456789Z"));
    item.setBirthday(LocalDate.of(1990, 5, 17));
    item.setUuid(UUID.fromString("6f1c2a9e-8f0b-4c5e-9d2a-3b4c5d6e7f80"));
    byte[] data = new byte[64];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) i;
    }
    item.setData(data);
    item.setTags(new LinkedHashSet<>(List.of("red", "green", "blue", "yellow")));
    item.setNumbers(new LinkedHashSet<>(List.of(1, 2, 3, 5, 8)));
    item.setNotes(List.of("first note", "second note", "third note"));
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("colour", "blue");
    attributes.put("size", "XL");
    attributes.put("origin", "Lyon");
    item.setAttributes(attributes);
    Address address = new Address();
    address.setStreet("12 rue de la Paix");
    address.setCity("Paris");
    address.setZip("75002");
    item.setAddress(address);
    return item;
  }

  static MixedImmutable mixedImmutable(MixedItem b) {
    Set<String> tags = b.getTags();
    return MixedImmutable.builder()
        .id(b.getId())
        .count(b.getCount())
        .total(b.getTotal())
        .ratio(b.getRatio())
        .amount(b.getAmount())
        .flag(b.isFlag())
        .status(b.getStatus())
        .createdAt(b.getCreatedAt())
        .birthday(b.getBirthday())
        .uuid(b.getUuid())
        .data(b.getData())
        .tags(tags)
        .numbers(b.getNumbers())
        .notes(b.getNotes())
        .attributes(b.getAttributes())
        .address(
            AddressImmutable.builder()
                .street(b.getAddress().getStreet())
                .city(b.getAddress().getCity())
                .zip(b.getAddress().getZip())
                .build())
        .build();
  }

  public static BinaryItem binary() {
    BinaryItem item = new BinaryItem();
    item.setId("binary-0001");
    byte[] payload = new byte[BINARY_SIZE];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) (i * 31);
    }
    item.setPayload(payload);
    return item;
  }
}
