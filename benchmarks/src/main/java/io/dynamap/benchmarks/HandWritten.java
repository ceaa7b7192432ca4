package io.dynamap.benchmarks;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converters written by hand, as a careful person would for each shape: the ceiling the generated
 * code is measured against. They build {@link AttributeValue}s directly into pre-sized maps, read
 * attributes with {@code item.get}, leave nulls out and copy byte arrays (the beans are mutable).
 * They do not check numbers against DynamoDB's range or keys for emptiness, as Dynamap does.
 */
public final class HandWritten {
  private HandWritten() {}

  private static int capacity(int n) {
    return (int) (n / 0.75f) + 1;
  }

  private static String s(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null ? null : v.s();
  }

  private static String n(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null ? null : v.n();
  }

  // ---- tiny ----

  public static Map<String, AttributeValue> toItem(TinyItem t) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(1));
    item.put("id", AttributeValue.fromS(t.getId()));
    return item;
  }

  public static TinyItem tinyFromItem(Map<String, AttributeValue> item) {
    TinyItem t = new TinyItem();
    t.setId(s(item, "id"));
    return t;
  }

  // ---- small ----

  public static Map<String, AttributeValue> toItem(SmallItem t) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(11));
    item.put("pk", AttributeValue.fromS(t.getPk()));
    item.put("sk", AttributeValue.fromS(t.getSk()));
    if (t.getName() != null) {
      item.put("name", AttributeValue.fromS(t.getName()));
    }
    if (t.getEmail() != null) {
      item.put("email", AttributeValue.fromS(t.getEmail()));
    }
    if (t.getCountry() != null) {
      item.put("country", AttributeValue.fromS(t.getCountry()));
    }
    item.put("age", AttributeValue.fromN(Integer.toString(t.getAge())));
    item.put("visits", AttributeValue.fromN(Integer.toString(t.getVisits())));
    item.put("score", AttributeValue.fromN(Long.toString(t.getScore())));
    item.put("balance", AttributeValue.fromN(Double.toString(t.getBalance())));
    if (t.getPrice() != null) {
      item.put("price", AttributeValue.fromN(t.getPrice().toPlainString()));
    }
    item.put("active", AttributeValue.fromBool(t.isActive()));
    return item;
  }

  public static SmallItem smallFromItem(Map<String, AttributeValue> item) {
    SmallItem t = new SmallItem();
    t.setPk(s(item, "pk"));
    t.setSk(s(item, "sk"));
    t.setName(s(item, "name"));
    t.setEmail(s(item, "email"));
    t.setCountry(s(item, "country"));
    String age = n(item, "age");
    if (age != null) {
      t.setAge(Integer.parseInt(age));
    }
    String visits = n(item, "visits");
    if (visits != null) {
      t.setVisits(Integer.parseInt(visits));
    }
    String score = n(item, "score");
    if (score != null) {
      t.setScore(Long.parseLong(score));
    }
    String balance = n(item, "balance");
    if (balance != null) {
      t.setBalance(Double.parseDouble(balance));
    }
    String price = n(item, "price");
    if (price != null) {
      t.setPrice(new BigDecimal(price));
    }
    AttributeValue active = item.get("active");
    if (active != null && active.bool() != null) {
      t.setActive(active.bool());
    }
    return t;
  }

  // ---- shallow map ----

  public static Map<String, AttributeValue> toItem(ShallowMapItem t) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(3));
    item.put("id", AttributeValue.fromS(t.getId()));
    Map<String, String> labels = t.getLabels();
    if (labels != null) {
      Map<String, AttributeValue> m = new HashMap<>(capacity(labels.size()));
      for (Map.Entry<String, String> e : labels.entrySet()) {
        m.put(e.getKey(), AttributeValue.fromS(e.getValue()));
      }
      item.put("labels", AttributeValue.fromM(m));
    }
    Map<String, Long> counters = t.getCounters();
    if (counters != null) {
      Map<String, AttributeValue> m = new HashMap<>(capacity(counters.size()));
      for (Map.Entry<String, Long> e : counters.entrySet()) {
        m.put(e.getKey(), AttributeValue.fromN(Long.toString(e.getValue())));
      }
      item.put("counters", AttributeValue.fromM(m));
    }
    return item;
  }

  public static ShallowMapItem shallowMapFromItem(Map<String, AttributeValue> item) {
    ShallowMapItem t = new ShallowMapItem();
    t.setId(s(item, "id"));
    AttributeValue labels = item.get("labels");
    if (labels != null && labels.hasM()) {
      Map<String, String> m = new LinkedHashMap<>(capacity(labels.m().size()));
      for (Map.Entry<String, AttributeValue> e : labels.m().entrySet()) {
        m.put(e.getKey(), e.getValue().s());
      }
      t.setLabels(m);
    }
    AttributeValue counters = item.get("counters");
    if (counters != null && counters.hasM()) {
      Map<String, Long> m = new LinkedHashMap<>(capacity(counters.m().size()));
      for (Map.Entry<String, AttributeValue> e : counters.m().entrySet()) {
        m.put(e.getKey(), Long.parseLong(e.getValue().n()));
      }
      t.setCounters(m);
    }
    return t;
  }

  // ---- nested ----

  public static Map<String, AttributeValue> toItem(NestedItem t) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(3));
    item.put("id", AttributeValue.fromS(t.getId()));
    if (t.getName() != null) {
      item.put("name", AttributeValue.fromS(t.getName()));
    }
    List<Branch> branches = t.getBranches();
    if (branches != null) {
      List<AttributeValue> l = new ArrayList<>(branches.size());
      for (Branch b : branches) {
        l.add(AttributeValue.fromM(toMap(b)));
      }
      item.put("branches", AttributeValue.fromL(l));
    }
    return item;
  }

  private static Map<String, AttributeValue> toMap(Branch b) {
    Map<String, AttributeValue> m = new HashMap<>(capacity(3));
    if (b.getName() != null) {
      m.put("name", AttributeValue.fromS(b.getName()));
    }
    m.put("rank", AttributeValue.fromN(Integer.toString(b.getRank())));
    List<Leaf> leaves = b.getLeaves();
    if (leaves != null) {
      List<AttributeValue> l = new ArrayList<>(leaves.size());
      for (Leaf leaf : leaves) {
        Map<String, AttributeValue> lm = new HashMap<>(capacity(3));
        if (leaf.getLabel() != null) {
          lm.put("label", AttributeValue.fromS(leaf.getLabel()));
        }
        if (leaf.getText() != null) {
          lm.put("text", AttributeValue.fromS(leaf.getText()));
        }
        lm.put("weight", AttributeValue.fromN(Long.toString(leaf.getWeight())));
        l.add(AttributeValue.fromM(lm));
      }
      m.put("leaves", AttributeValue.fromL(l));
    }
    return m;
  }

  public static NestedItem nestedFromItem(Map<String, AttributeValue> item) {
    NestedItem t = new NestedItem();
    t.setId(s(item, "id"));
    t.setName(s(item, "name"));
    AttributeValue branches = item.get("branches");
    if (branches != null && branches.hasL()) {
      List<Branch> list = new ArrayList<>(branches.l().size());
      for (AttributeValue v : branches.l()) {
        list.add(branch(v.m()));
      }
      t.setBranches(list);
    }
    return t;
  }

  private static Branch branch(Map<String, AttributeValue> m) {
    Branch b = new Branch();
    b.setName(s(m, "name"));
    String rank = n(m, "rank");
    if (rank != null) {
      b.setRank(Integer.parseInt(rank));
    }
    AttributeValue leaves = m.get("leaves");
    if (leaves != null && leaves.hasL()) {
      List<Leaf> list = new ArrayList<>(leaves.l().size());
      for (AttributeValue v : leaves.l()) {
        Map<String, AttributeValue> lm = v.m();
        Leaf leaf = new Leaf();
        leaf.setLabel(s(lm, "label"));
        leaf.setText(s(lm, "text"));
        String weight = n(lm, "weight");
        if (weight != null) {
          leaf.setWeight(Long.parseLong(weight));
        }
        list.add(leaf);
      }
      b.setLeaves(list);
    }
    return b;
  }

  // ---- mixed ----

  public static Map<String, AttributeValue> toItem(MixedItem t) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(16));
    item.put("id", AttributeValue.fromS(t.getId()));
    item.put("count", AttributeValue.fromN(Integer.toString(t.getCount())));
    item.put("total", AttributeValue.fromN(Long.toString(t.getTotal())));
    item.put("ratio", AttributeValue.fromN(Double.toString(t.getRatio())));
    if (t.getAmount() != null) {
      item.put("amount", AttributeValue.fromN(t.getAmount().toPlainString()));
    }
    item.put("flag", AttributeValue.fromBool(t.isFlag()));
    if (t.getStatus() != null) {
      item.put("status", AttributeValue.fromS(t.getStatus().name()));
    }
    if (t.getCreatedAt() != null) {
      item.put("createdAt", AttributeValue.fromS(t.getCreatedAt().toString()));
    }
    if (t.getBirthday() != null) {
      item.put("birthday", AttributeValue.fromS(t.getBirthday().toString()));
    }
    if (t.getUuid() != null) {
      item.put("uuid", AttributeValue.fromS(t.getUuid().toString()));
    }
    if (t.getData() != null) {
      item.put("data", AttributeValue.fromB(SdkBytes.fromByteArray(t.getData())));
    }
    Set<String> tags = t.getTags();
    if (tags != null && !tags.isEmpty()) {
      item.put("tags", AttributeValue.fromSs(new ArrayList<>(tags)));
    }
    Set<Integer> numbers = t.getNumbers();
    if (numbers != null && !numbers.isEmpty()) {
      List<String> ns = new ArrayList<>(numbers.size());
      for (Integer number : numbers) {
        ns.add(number.toString());
      }
      item.put("numbers", AttributeValue.fromNs(ns));
    }
    List<String> notes = t.getNotes();
    if (notes != null) {
      List<AttributeValue> l = new ArrayList<>(notes.size());
      for (String note : notes) {
        l.add(AttributeValue.fromS(note));
      }
      item.put("notes", AttributeValue.fromL(l));
    }
    Map<String, String> attributes = t.getAttributes();
    if (attributes != null) {
      Map<String, AttributeValue> m = new HashMap<>(capacity(attributes.size()));
      for (Map.Entry<String, String> e : attributes.entrySet()) {
        m.put(e.getKey(), AttributeValue.fromS(e.getValue()));
      }
      item.put("attributes", AttributeValue.fromM(m));
    }
    Address address = t.getAddress();
    if (address != null) {
      Map<String, AttributeValue> m = new HashMap<>(capacity(3));
      if (address.getStreet() != null) {
        m.put("street", AttributeValue.fromS(address.getStreet()));
      }
      if (address.getCity() != null) {
        m.put("city", AttributeValue.fromS(address.getCity()));
      }
      if (address.getZip() != null) {
        m.put("zip", AttributeValue.fromS(address.getZip()));
      }
      item.put("address", AttributeValue.fromM(m));
    }
    return item;
  }

  public static MixedItem mixedFromItem(Map<String, AttributeValue> item) {
    MixedItem t = new MixedItem();
    t.setId(s(item, "id"));
    String count = n(item, "count");
    if (count != null) {
      t.setCount(Integer.parseInt(count));
    }
    String total = n(item, "total");
    if (total != null) {
      t.setTotal(Long.parseLong(total));
    }
    String ratio = n(item, "ratio");
    if (ratio != null) {
      t.setRatio(Double.parseDouble(ratio));
    }
    String amount = n(item, "amount");
    if (amount != null) {
      t.setAmount(new BigDecimal(amount));
    }
    AttributeValue flag = item.get("flag");
    if (flag != null && flag.bool() != null) {
      t.setFlag(flag.bool());
    }
    String status = s(item, "status");
    if (status != null) {
      t.setStatus(Status.valueOf(status));
    }
    String createdAt = s(item, "createdAt");
    if (createdAt != null) {
      t.setCreatedAt(Instant.parse(createdAt));
    }
    String birthday = s(item, "birthday");
    if (birthday != null) {
      t.setBirthday(LocalDate.parse(birthday));
    }
    String uuid = s(item, "uuid");
    if (uuid != null) {
      t.setUuid(UUID.fromString(uuid));
    }
    AttributeValue data = item.get("data");
    if (data != null && data.b() != null) {
      t.setData(data.b().asByteArray());
    }
    AttributeValue tags = item.get("tags");
    t.setTags(tags != null && tags.hasSs() ? new LinkedHashSet<>(tags.ss()) : new LinkedHashSet<>());
    AttributeValue numbers = item.get("numbers");
    Set<Integer> numberSet = new LinkedHashSet<>();
    if (numbers != null && numbers.hasNs()) {
      for (String number : numbers.ns()) {
        numberSet.add(Integer.valueOf(number));
      }
    }
    t.setNumbers(numberSet);
    AttributeValue notes = item.get("notes");
    if (notes != null && notes.hasL()) {
      List<String> l = new ArrayList<>(notes.l().size());
      for (AttributeValue v : notes.l()) {
        l.add(v.s());
      }
      t.setNotes(l);
    }
    AttributeValue attributes = item.get("attributes");
    if (attributes != null && attributes.hasM()) {
      Map<String, String> m = new LinkedHashMap<>(capacity(attributes.m().size()));
      for (Map.Entry<String, AttributeValue> e : attributes.m().entrySet()) {
        m.put(e.getKey(), e.getValue().s());
      }
      t.setAttributes(m);
    }
    AttributeValue address = item.get("address");
    if (address != null && address.hasM()) {
      Map<String, AttributeValue> m = address.m();
      Address a = new Address();
      a.setStreet(s(m, "street"));
      a.setCity(s(m, "city"));
      a.setZip(s(m, "zip"));
      t.setAddress(a);
    }
    return t;
  }

  // ---- binary ----

  public static Map<String, AttributeValue> toItem(BinaryItem t) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(2));
    item.put("id", AttributeValue.fromS(t.getId()));
    if (t.getPayload() != null) {
      item.put("payload", AttributeValue.fromB(SdkBytes.fromByteArray(t.getPayload())));
    }
    return item;
  }

  public static BinaryItem binaryFromItem(Map<String, AttributeValue> item) {
    BinaryItem t = new BinaryItem();
    t.setId(s(item, "id"));
    AttributeValue payload = item.get("payload");
    if (payload != null && payload.b() != null) {
      t.setPayload(payload.b().asByteArray());
    }
    return t;
  }
}
