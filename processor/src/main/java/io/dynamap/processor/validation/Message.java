package io.dynamap.processor.validation;

import java.util.Locale;

/**
 * Every error the processor reports, in one place so that wording stays consistent and each
 * message says what is wrong and what to do. Arguments are filled in with {@link
 * String#format(Locale, String, Object...)}.
 */
public enum Message {
  TABLE_NOT_A_CLASS(
      "@%s cannot be used on %s %s: put it on a record or a concrete class"),
  TABLE_ABSTRACT_CLASS(
      "@%s cannot be used on abstract class %s: put it on a concrete subclass"),
  TABLE_INNER_CLASS(
      "@%s class %s is an inner class: make it static (or top-level) so that generated code can"
          + " create it"),
  TABLE_PRIVATE_CLASS(
      "@%s class %s is private: make it at least package-private so that generated code can"
          + " use it"),
  TABLE_GENERIC_CLASS(
      "@%s class %s has type parameters: an entity must be a concrete type"),
  INVALID_TABLE_NAME(
      "table name \"%s\" is not a valid DynamoDB table name: use 3 to 255 characters among"
          + " a-z, A-Z, 0-9, '_', '-' and '.'"),
  NO_PARTITION_KEY(
      "%s has no @PartitionKey: annotate the attribute that is the table's partition key"),
  SORT_KEY_WITHOUT_PARTITION_KEY(
      "@SortKey on '%s' needs a @PartitionKey in the same entity: annotate the attribute that is"
          + " the table's partition key"),
  DUPLICATE_PARTITION_KEY(
      "'%s' is a second @PartitionKey (the first is '%s'): a table has exactly one partition key"),
  DUPLICATE_SORT_KEY(
      "'%s' is a second @SortKey (the first is '%s'): a table has at most one sort key"),
  PARTITION_AND_SORT_KEY(
      "'%s' is annotated with both @PartitionKey and @SortKey: one attribute can be only one of"
          + " them"),
  IGNORED_KEY(
      "'%s' is a key but is annotated @Ignore: a key attribute must be stored"),
  UNSUITABLE_KEY_TYPE(
      "@%s '%s' has type %s, which is stored as %s; a key must be stored as a string, number or"
          + " binary: use String, a number type, byte[], an enum, Instant or UUID"),
  UNSUPPORTED_TYPE(
      "attribute '%s' has type %s, which Dynamap cannot store%s: annotate the class with"
          + " @Document to store it as a nested map, put @Convert(YourConverter.class) on the"
          + " attribute, or mark it @Ignore; Dynamap maps String, primitives and their boxes,"
          + " BigDecimal, BigInteger, byte[], enums, Instant, LocalDate, LocalDateTime, LocalTime,"
          + " OffsetDateTime, ZonedDateTime, Duration, Period, Year, YearMonth, UUID, URI,"
          + " Currency, Locale, SdkBytes, ByteBuffer, List, Set, Map with String or enum keys,"
          + " Optional, arrays and @Document classes"),
  RAW_TYPE(
      "attribute '%s' has the raw type %s%s: give its type arguments, for example"
          + " List<String>"),
  NOT_A_CONCRETE_TYPE(
      "attribute '%s' has type %s%s: a wildcard or type variable cannot be stored; use a"
          + " concrete type such as List<String>"),
  UNSUITABLE_SET_MEMBER(
      "attribute '%s' has type %s%s: set members must be stored as strings, numbers or"
          + " binaries (DynamoDB's SS, NS and BS); use a List for other elements"),
  UNSUITABLE_MAP_KEY(
      "attribute '%s' has type %s%s: map keys must be String or an enum (stored by name)"),
  NESTED_OPTIONAL(
      "attribute '%s' has type %s%s: Optional is allowed only as an attribute's own type, not"
          + " inside a collection or another Optional"),
  CONVERTER_NOT_A_CONVERTER(
      "@Convert(%s.class) on '%s': %s does not implement io.dynamap.runtime.schema.AttributeConverter"),
  CONVERTER_TYPE_MISMATCH(
      "@Convert(%s.class) on '%s': the converter converts %s, but the attribute has type %s"),
  CONVERTER_NOT_INSTANTIABLE(
      "@Convert(%s.class) on '%s': the converter must be a public, non-abstract class with a"
          + " public no-arg constructor, so that generated code can create it"),
  CONVERT_ON_KEY(
      "@Convert on key attribute '%s': key conditions compare stored keys, so a key must have"
          + " one of the key types (String, a number type, byte[], an enum, a java.time type,"
          + " UUID); remove @Convert or choose another key"),
  INVALID_INDEX_NAME(
      "index name \"%s\" is not a valid DynamoDB index name: use 3 to 255 characters among a-z,"
          + " A-Z, 0-9, '_', '-' and '.'"),
  DUPLICATE_INDEX_PARTITION_KEY(
      "'%s' is a second @IndexPartitionKey(\"%s\") (the first is '%s'): an index has exactly one"
          + " partition key, unless each of its attributes gives its place in a multi-attribute"
          + " key: @IndexPartitionKey(value = \"%s\", order = 1), then order = 2, up to 4"),
  DUPLICATE_INDEX_SORT_KEY(
      "'%s' is a second sort key of index \"%s\" (the first is '%s'): an index has at most one"
          + " sort key, unless each of its attributes gives its place in a multi-attribute"
          + " key: @IndexSortKey(value = \"%s\", order = 1), then order = 2, up to 4"),
  INDEX_KEY_ORDER(
      "@%s(value = \"%s\", order = %d) on '%s': %s"),
  INDEX_KEY_TOO_MANY_ATTRIBUTES(
      "'%s' is attribute %d of the %s key of index \"%s\": a multi-attribute key has at most"
          + " four attributes; drop one from the key, or key another index with it"),
  INDEX_KEY_ATTRIBUTE_TWICE(
      "'%s' is named twice in the key of index \"%s\" (%s): an attribute takes one place in an"
          + " index's key; remove one of the annotations"),
  LOCAL_INDEX_MULTI_ATTRIBUTE_KEY(
      "'%s' is a second @LocalIndexSortKey(\"%s\") (the first is '%s'): a local index has exactly"
          + " one sort key attribute; for a multi-attribute key declare a global index with"
          + " @IndexPartitionKey and @IndexSortKey(value = \"%s\", order = 1), order = 2, …"),
  INDEX_SORT_KEY_WITHOUT_PARTITION_KEY(
      "@IndexSortKey(\"%s\") on '%s' needs an @IndexPartitionKey(\"%s\") in the same entity;"
          + " for an index on the table's partition key use @LocalIndexSortKey"),
  LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY(
      "@LocalIndexSortKey(\"%s\") on '%s' needs a table with a sort key: a local index shares the"
          + " table's partition key and only makes sense beside a @SortKey; use @IndexPartitionKey"
          + " for a global index instead"),
  INDEX_KIND_CONFLICT(
      "index \"%s\" is declared both global (@IndexPartitionKey/@IndexSortKey) and local"
          + " (@LocalIndexSortKey): give the two indexes different names"),
  UNKNOWN_INDEX(
      "@Index(name = \"%s\") configures no index of %s: its key annotations name %s"),
  INDEX_INCLUDE_PROBLEM(
      "@Index(name = \"%s\"): %s"),
  UNSUITABLE_TIME_TO_LIVE(
      "@TimeToLive on '%s' needs an Instant or a long/Long of epoch seconds, not %s: DynamoDB"
          + " reads the expiry as a number of seconds"),
  DUPLICATE_TIME_TO_LIVE(
      "'%s' is a second @TimeToLive (the first is '%s'): a table has one Time to Live attribute"),
  DUPLICATE_VERSION(
      "'%s' is a second @Version (the first is '%s'): an entity has one version attribute"),
  UNSUITABLE_VERSION(
      "@Version on '%s' needs a long, Long, int or Integer, not %s: the version is a number"
          + " that every write increments"),
  VERSION_ON_KEY(
      "@Version on key attribute '%s': a key never changes, so it cannot count versions; put"
          + " @Version on a separate long attribute"),
  UNSUITABLE_AUTO_TIMESTAMP(
      "@AutoTimestamp on '%s' needs an Instant, LocalDateTime, LocalDate, OffsetDateTime or"
          + " ZonedDateTime, not %s: Dynamap fills it with the time of the write (remove @Convert"
          + " if the attribute has one)"),
  UNSUITABLE_AUTO_UUID(
      "@AutoUuid on '%s' needs a UUID or a String, not %s: Dynamap fills it with a random UUID"
          + " (remove @Convert if the attribute has one)"),
  UNSUITABLE_ATOMIC_COUNTER(
      "@AtomicCounter on '%s' needs a long, Long, int or Integer, not %s: updates add the delta"
          + " to a whole number (remove @Convert if the attribute has one)"),
  ATOMIC_COUNTER_ON_KEY(
      "@AtomicCounter on key attribute '%s': a key never changes, so it cannot count; put"
          + " @AtomicCounter on a separate long attribute"),
  WRITE_TIMESTAMP_ON_KEY(
      "@AutoTimestamp(on = EVERY_WRITE) on key attribute '%s': each write would store the item"
          + " under another key; use on = CREATE, or a separate attribute for the time of the"
          + " last write"),
  ZERO_COUNTER_DELTA(
      "@AtomicCounter on '%s' has delta = 0, so updates would never change it: use a delta"
          + " other than 0 (1 to count up, -1 to count down)"),
  INT_COUNTER_OUT_OF_RANGE(
      "@AtomicCounter on int attribute '%s' has %s = %d, outside an int's range: make the"
          + " attribute a long or Long, or use a smaller value"),
  CONFLICTING_GENERATED_VALUES(
      "'%s' is annotated with both @%s and @%s: each sets the attribute its own way; keep one"),
  GENERATED_VALUE_IN_DOCUMENT(
      "@%s on '%s' in @Document %s: Dynamap generates values for the attributes of items, not"
          + " inside documents; put it on an attribute of the @Table or @Item entity"),
  GENERATED_VALUE_IN_KEY_TEMPLATE(
      "@%s on '%s', which a key template of %s names: keys are composed from the entity before"
          + " values are generated; fill '%s' before writing (for example in a factory method),"
          + " or use it in no key template"),
  KEY_IN_DOCUMENT(
      "@%s on '%s' has no meaning in @Document %s: documents are stored inside items and have"
          + " no keys; remove it"),
  TABLE_AND_DOCUMENT(
      "%s is annotated with both @Table and @Document: a class is stored either as an item or"
          + " inside one"),
  PRIVATE_FIELD_WITHOUT_ACCESSOR(
      "field '%s' is private and has no accessor: add a getter %s() (or %s()), or make the field"
          + " package-private, or mark it @Ignore"),
  NO_SETTER(
      "attribute '%s' cannot be set: add a setter %s(%s), or make the field non-final and"
          + " non-private, or give %s a constructor taking every attribute (%s)"),
  NO_USABLE_CONSTRUCTOR(
      "%s has no constructor Dynamap can use: add a constructor whose parameters are the"
          + " attributes by name and type (%s), or a no-arg constructor plus setters"),
  FLATTEN_CYCLE(
      "@Flatten field '%s' of %s flattens %s, which contains it: a flattened document cannot"
          + " contain itself, as its attributes would never end; remove @Flatten to store %s as a"
          + " nested map, which may nest to any depth"),
  FLATTEN_WITH(
      "@Flatten field '%s' cannot also be @%s: %s"),
  FLATTEN_NOT_A_DOCUMENT(
      "@Flatten field '%s' has type %s, whose attributes cannot be flattened: %s"),
  FLATTENED_DOCUMENT_INVALID(
      "@Flatten field '%s' has type %s, whose errors are reported on it: fix them to flatten it"),
  FLATTEN_NAME_CLASH(
      "@Flatten field '%s' stores %s's attribute \"%s\" as \"%s\", the name of %s: give the"
          + " flattened document a prefix, for example @Flatten(prefix = \"%s\")"),
  DUPLICATE_STORED_NAME(
      "attribute '%s' is stored as \"%s\", like attribute '%s': stored names must be unique;"
          + " rename one with @Attribute(name = \"...\")"),
  EMPTY_ATTRIBUTE_NAME(
      "@Attribute(name = %s) on '%s' is blank: give a name, or leave the name out to use '%s'"),
  EXPLICIT_EMPTY_ATTRIBUTE_NAME(
      "@Attribute(name = \"\") on '%s' gives an empty name, which DynamoDB does not allow: give"
          + " the stored name, or leave name out to store the attribute as '%s'"),
  KEY_NAME_TOO_LONG(
      "key attribute '%s' is stored as a name of %d bytes; DynamoDB allows at most 255 for key"
          + " attributes"),
  PROJECTION_NOT_A_RECORD(
      "@Projection cannot be used on %s %s: declare a record whose components name attributes"
          + " of the entity, such as record OrderSummary(String customerId, BigDecimal total), or a"
          + " static class with one constructor taking them"),
  PROJECTION_CONSTRUCTOR(
      "@Projection class %s has %d constructors that generated code can call: give it exactly"
          + " one, whose parameters name the attributes it reads"),
  PROJECTION_NOT_AN_ENTITY(
      "@Projection(%s.class): %s is not a @Table or @Item entity; a projection reads some"
          + " attributes of an entity's items: name the entity"),
  PROJECTION_EMPTY(
      "@Projection %s reads no attribute: give it components (or constructor parameters) naming"
          + " attributes of %s"),
  PROJECTION_UNKNOWN_ATTRIBUTE(
      "component '%s' of @Projection %s is no attribute of %s%s"),
  PROJECTION_TYPE_MISMATCH(
      "component '%s' of @Projection %s has type %s, but attribute '%s' of %s has type %s:"
          + " declare the component as %s"),
  PROJECTION_FLATTENED(
      "component '%s' of @Projection %s is the @Flatten document '%s' of %s, which a projection"
          + " cannot read yet: leave it out, or read the entity"),
  PROJECTION_KEY_ONLY(
      "component '%s' of @Projection %s is kept only in the keys of %s (@Item(storeKeyFields ="
          + " false)), so no projection of attributes reads it: leave it out, or read the entity"),
  QUERY_PROJECTION_INDEX(
      "%s() reads index %s, which does not project %s of %s: read the table or an index that"
          + " projects them, leave them out of %s, or project them in the index (ALL or INCLUDE)"),
  REPOSITORY_NOT_AN_INTERFACE(
      "@Repository cannot be used on %s %s: declare the access patterns in an interface, whose"
          + " implementation Dynamap writes"),
  REPOSITORY_TYPE_PARAMETERS(
      "%s has type parameters: repository interfaces and their methods must be concrete so that"
          + " they can be checked against the entity"),
  REPOSITORY_ENTITY_UNKNOWN(
      "@Repository %s: %s; name the entity with @Repository(YourEntity.class)"),
  REPOSITORY_ENTITY_NOT_A_TABLE(
      "@Repository(%s.class): %s is not a @Table entity; a repository reads the items of one"
          + " @Table class"),
  REPOSITORY_COMPOSED_KEYS(
      "@Repository %s: %s is an @Item whose keys are composed from templates, which method names"
          + " cannot express; query it with %s and its repository"),
  QUERY_METHOD_NAME(
      "cannot tell what %s() reads: name a query method find…By…, count…By…, exists…By…,"
          + " delete…By… or scan…, followed by properties joined by And (findByCustomerIdAndPlacedAt),"
          + " or give it a default body"),
  QUERY_UNKNOWN_PROPERTY(
      "%s(): '%s' is no property of %s%s"),
  QUERY_AMBIGUOUS_PROPERTY(
      "%s(): %s names both %s: rename one of them, as a method name cannot tell them apart"
          + " (the metamodel can: filter with %sAttributes in a default method)"),
  QUERY_OR(
      "%s(): Or is not supported: a query reads one key condition; declare a method per"
          + " condition and combine them in a default method, or use the generated repository's"
          + " query(…).filter(a.or(b))"),
  QUERY_NO_PARTITION_KEY(
      "%s() names no partition key: a query needs an equality on %s; to read the whole table,"
          + " name it scan%s"),
  QUERY_AMBIGUOUS_INDEX(
      "%s() can read through the indexes %s equally well: choose one with"
          + " @UsingIndex(\"%s\")"),
  QUERY_UNKNOWN_INDEX(
      "@UsingIndex(\"%s\"): %s has no index of that name; its indexes are %s"),
  QUERY_INDEX_NOT_USABLE(
      "%s() is declared @UsingIndex(\"%s\") but %s"),
  QUERY_MULTI_ATTRIBUTE_KEY(
      "%s() cannot query index \"%s\" (a multi-attribute key): %s"),
  QUERY_KEY_OPERATOR(
      "%s(): '%s' is the %s of %s, %s"),
  QUERY_OPERATOR_TYPE(
      "%s(): %s cannot be used on '%s' (%s): %s"),
  QUERY_PARAMETER_COUNT(
      "%s() takes %d value(s) from its name (%s) but declares %d parameter(s)%s"),
  QUERY_PARAMETER_TYPE(
      "%s(): parameter '%s' has type %s, but %s needs %s: declare it %s"),
  QUERY_RETURN_TYPE(
      "%s() returns %s; %s"),
  QUERY_NOT_UNIQUE(
      "%s() returns %s, but the query can match several items: fix the whole primary key (%s)"
          + " with equalities, or name it findFirst…By…, or return %s"),
  QUERY_ORDER_BY(
      "%s(): OrderBy%s: %s"),
  QUERY_PAGE_REQUEST(
      "%s(): %s"),
  QUERY_ASYNC_UNAVAILABLE(
      "%s() returns %s, which the async repository implements, but dynamap-async is not on the"
          + " compile class path: add the dependency io.dynamap:dynamap-async, or return %s"),
  QUERY_ASYNC_REPOSITORY_MISSING(
      "%s() returns %s, which runs on %s, but %s was compiled without dynamap-async, so that"
          + " class was not generated: add io.dynamap:dynamap-async to the class path where %s is"
          + " compiled, or return %s"),
  QUERY_PUBLISHER_SINGLE_ITEM(
      "%s() returns Flow.Publisher<%s>, but it reads one item by its whole primary key: return"
          + " CompletableFuture<Optional<%s>>"),
  ITEM_TABLE_NOT_DECLARED(
      "@Item(table = %s.class): %s is not annotated @SingleTable; declare the table once on an"
          + " interface, such as @SingleTable(name = \"Shop\") interface ShopTable {}"),
  ITEM_AND_TABLE(
      "%s is annotated with both @Item and @%s: an @Item entity is stored in the @SingleTable"
          + " its annotation names; remove @%s"),
  ITEM_KEY_ANNOTATION(
      "@%s on '%s' has no meaning in @Item %s: its keys are composed by the templates of @Item"
          + " and @IndexKeys; remove it"),
  ITEM_INDEX_KEY_ANNOTATION(
      "@%s on '%s' in @Item %s: a single table's index keys are the attributes its @SingleTable"
          + " declares, shared by every item type and written from each type's @IndexKeys"
          + " templates, so an @Item does not key an index on its own fields, nor on several"
          + " attributes (a multi-attribute key); compose the key, such as @IndexKeys(index ="
          + " \"%s\", partition = \"...{%s}\"), or store %s in a @Table of its own to key an"
          + " index on several attributes (see docs/indexes.md)"),
  TEMPLATE_SYNTAX(
      "%s template \"%s\" %s: write literal text and {field} placeholders, such as"
          + " \"ORDER#{placedAt}\""),
  TEMPLATE_UNKNOWN_FIELD(
      "%s template \"%s\" names '%s', which is no stored field of %s%s"),
  TEMPLATE_FIELD_TYPE(
      "%s template \"%s\": '%s' is a %s, which cannot be composed into a key that sorts and"
          + " reads back; compose String, enum, UUID, int, long, short, byte, Instant, LocalDate or"
          + " LocalDateTime fields, or give it a @Convert converter that writes a string"),
  TEMPLATE_NOT_READABLE(
      "%s template \"%s\" could not be read back from stored keys: '%s' has no fixed width and is"
          + " followed directly by '%s'; put literal text between them"),
  KEY_FORMAT_NOT_APPLICABLE(
      "@KeyFormat(%s) on '%s' (a %s) has no effect: %s"),
  KEY_FORMAT_BAD_PATTERN(
      "@KeyFormat(pattern = \"%s\") on '%s' (a %s): %s"),
  TEMPLATE_NOT_SORTABLE(
      "sort template \"%s\" would not be sortable: %s"),
  TEMPLATE_UNKNOWN_INDEX(
      "@IndexKeys(index = \"%s\"): table %s declares no such index; its indexes are %s"),
  DUPLICATE_INDEX_KEYS(
      "@IndexKeys(index = \"%s\") is given twice: an entity composes each index's keys once"),
  INDEX_KEYS_NAME_INVALID(
      "@IndexKeys(name = \"%s\") for index %s is no Java method name: name the access pattern"
          + " as a method, such as \"byInvoice\""),
  INDEX_KEYS_NAME_CLASH(
      "@IndexKeys(index = \"%s\") would start its queries with %s(...), which is already"
          + " %s: give it another name with @IndexKeys(name = \"...\")"),
  TEMPLATE_NAME_CLASH(
      "attribute '%s' is stored as \"%s\", which table %s uses for its %s: rename the"
          + " attribute with @Attribute(name = \"...\")"),
  COLLECTION_NOT_SEALED(
      "@ItemCollection %s must be a sealed interface that permits the @Item entities it holds:"
          + " sealed interface %s permits ..."),
  COLLECTION_MEMBER(
      "@ItemCollection %s permits %s, which is not an @Item entity of table %s: %s"),
  COLLECTION_PARTITION_MISMATCH(
      "%s composes its %s as \"%s\" but %s as \"%s\": the members of"
          + " @ItemCollection %s share a partition, so they need the same partition template"
          + " over fields of the same names, types and key formats"),
  COLLECTION_UNKNOWN_INDEX(
      "@ItemCollection(index = \"%s\"): table %s declares no such index; its indexes are %s"),
  COLLECTION_INDEX_SORT_OVERLAP(
      "the index %s sort keys of %s (\"%s\") and %s (\"%s\") overlap, so their keys do"
          + " not tell the types apart and a query of @ItemCollection %s relies on the type: give"
          + " each type a prefix that does not start the other's, or declare"
          + " @ItemCollection(typeFilter = true) so that its queries filter on %s"),
  COLLECTION_PREFIX_OVERLAP(
      "the sort keys of %s (\"%s\") and %s (\"%s\") overlap: reading %s's items by their"
          + " prefix \"%s\" would also read %s's; give each type a prefix that does not start the"
          + " other's, such as \"ORDER#\" and \"LINE#\""),
  DUPLICATE_TYPE_NAME(
      "%s and %s both store the type \"%s\" in table %s: an item's type says which entity reads"
          + " it; give one another @Item(type = \"...\")"),
  ANNOTATED_METHOD_NOT_A_GETTER(
      "@%s on method %s() has no effect: Dynamap reads attributes from fields and record"
          + " components; put it on the field '%s' or on a getter of an existing field");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** The message with its arguments filled in. */
  public String format(Object... arguments) {
    return String.format(Locale.ROOT, format, arguments);
  }
}
