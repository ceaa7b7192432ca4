package io.dynamap.local.expr;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import io.dynamap.local.value.ValueOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser for the three expression grammars (conditions, updates,
 * projections).
 *
 * <p>Syntax errors stop the parse at the offending token. Other problems (reserved words,
 * undefined placeholders, misused functions, overlapping paths, ...) are recorded while parsing
 * and the one DynamoDB reports first is thrown once the whole expression has parsed, so that a
 * syntax error anywhere wins over them, as in DynamoDB.
 */
final class Parser {
  private static final int MAX_IN_OPERANDS = 100;
  private static final int MAX_OPERATORS = 300;
  /** DynamoDB's limit on an expression's length, in UTF-8 bytes. */
  private static final int MAX_EXPRESSION_BYTES = 4096;
  /**
   * Our own bound on nested parentheses and NOTs, so that a 4 KB expression cannot exhaust the
   * stack. DynamoDB documents no such limit; real expressions never come near it.
   */
  static final int MAX_NESTING = 200;

  private static final String PARENS = "parens";
  private static final String UNKNOWN_FUNCTION = "unknownFunction";
  private static final String MISUSED_FUNCTION = "misusedFunction";
  private static final String RESERVED = "reserved";
  private static final String SECTION = "section";
  private static final String ATTRIBUTE_NAME = "attrName";
  private static final String ATTRIBUTE_VALUE = "attrVal";
  private static final String PATH_OVERLAP = "pathOverlap";
  private static final String PATH_CONFLICT = "pathConflict";
  private static final String OPERAND = "operand";
  private static final String DISTINCT = "distinct";
  private static final String FUNCTION = "function";
  private static final String LIMIT = "limit";

  /**
   * The problems of one comparison or function condition. DynamoDB reports the first leaf
   * condition (in the order written) that has any, and within it the first of this list.
   */
  private static final List<String> LEAF_ORDER =
      List.of(ATTRIBUTE_NAME, LIMIT, OPERAND, DISTINCT, FUNCTION);
  private static final String LEAF = "leaf";

  /** Which problem DynamoDB reports when an expression has several, per grammar. */
  private static final List<String> CONDITION_ORDER =
      List.of(PARENS, UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED, LEAF);

  private static final List<String> UPDATE_ORDER =
      List.of(RESERVED, UNKNOWN_FUNCTION, SECTION, ATTRIBUTE_NAME, ATTRIBUTE_VALUE, PATH_OVERLAP,
          PATH_CONFLICT, OPERAND, FUNCTION);

  private static final List<String> PROJECTION_ORDER =
      List.of(RESERVED, ATTRIBUTE_NAME, PATH_OVERLAP, PATH_CONFLICT);

  private static final Set<String> CONDITION_KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
  private static final Set<String> UPDATE_KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE");

  private enum Grammar {
    CONDITION, UPDATE, PROJECTION
  }

  private final String expression;
  private final List<Token> tokens;
  private final ExpressionContext context;
  private final String parameter;
  private final Grammar grammar;
  private int position;
  private int operatorCount;
  private int nesting;
  private final Map<String, String> problems = new HashMap<>();
  /** Token index of each parenthesized group's ")" by the index of its "(". */
  private final Map<Integer, Integer> groupClosings = new HashMap<>();
  /** Paths written so far, for the overlap checks of updates and projections. */
  private final List<Path> writtenPaths = new ArrayList<>();
  private final Set<String> usedSections = new LinkedHashSet<>();

  private Parser(String expression, ExpressionContext context, String parameter, Grammar grammar) {
    if (expression == null || expression.isBlank()) {
      throw DynamoException.validation(
          "Invalid " + parameter + ": The expression can not be empty;");
    }
    int size = expression.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (size > MAX_EXPRESSION_BYTES) {
      throw DynamoException.validation("Invalid " + parameter
          + ": Expression size has exceeded the maximum allowed size; expression size: " + size);
    }
    this.expression = expression;
    this.tokens = Lexer.tokenize(expression);
    this.context = context;
    this.parameter = parameter;
    this.grammar = grammar;
  }

  /** Parses a condition, filter or key condition expression. */
  static Ast.Cond condition(String expression, ExpressionContext context, String parameter) {
    Parser parser = new Parser(expression, context, parameter, Grammar.CONDITION);
    Ast.Cond condition = parser.orCondition();
    parser.expectEnd();
    if (condition instanceof Ast.FunctionCondition function
        && function.call().name().equals("size")) {
      parser.note(MISUSED_FUNCTION, misusedFunction("size"));
    }
    parser.lockLeafProblem();
    parser.throwFirstProblem(CONDITION_ORDER);
    return condition;
  }

  /** Parses an update expression into its actions, in the order written. */
  static List<Ast.Action> update(String expression, ExpressionContext context) {
    Parser parser = new Parser(expression, context, "UpdateExpression", Grammar.UPDATE);
    List<Ast.Action> actions = parser.sections();
    parser.throwFirstProblem(UPDATE_ORDER);
    return actions;
  }

  /** Parses a projection expression into its paths. */
  static List<Path> projection(String expression, ExpressionContext context) {
    Parser parser = new Parser(expression, context, "ProjectionExpression", Grammar.PROJECTION);
    List<Path> paths = new ArrayList<>();
    do {
      Path path = parser.path();
      parser.checkOverlap(path);
      paths.add(path);
    } while (parser.accept(","));
    parser.expectEnd();
    parser.throwFirstProblem(PROJECTION_ORDER);
    return paths;
  }

  // ---- conditions ----

  /*
   * AND and OR chain to the right, and a bare size(...) standing as a condition is refused only
   * once its whole chain (or its NOT, or the expression) is parsed, so that problems of later
   * conditions in the chain are reported before it: DynamoDB's order, as dynalite reproduces it.
   */

  private Ast.Cond orCondition() {
    List<Ast.Cond> chain = new ArrayList<>();
    chain.add(andCondition());
    while (peek().isKeyword("OR")) {
      next();
      countOperator();
      chain.add(andCondition());
    }
    Ast.Cond result = chain.get(chain.size() - 1);
    for (int i = chain.size() - 2; i >= 0; i--) {
      result = new Ast.Or(chain.get(i), result);
    }
    if (chain.size() > 1) {
      // A chain of one is no AND/OR node: its parent checks it.
      checkBareSizes(chain);
    }
    return result;
  }

  private Ast.Cond andCondition() {
    List<Ast.Cond> chain = new ArrayList<>();
    chain.add(notCondition());
    while (peek().isKeyword("AND")) {
      next();
      countOperator();
      chain.add(notCondition());
    }
    Ast.Cond result = chain.get(chain.size() - 1);
    for (int i = chain.size() - 2; i >= 0; i--) {
      result = new Ast.And(chain.get(i), result);
    }
    if (chain.size() > 1) {
      // A chain of one is no AND/OR node: its parent checks it.
      checkBareSizes(chain);
    }
    return result;
  }

  /** NOT applies to one parenthesized or simple condition; {@code NOT NOT a} is a syntax error. */
  private Ast.Cond notCondition() {
    if (peek().isKeyword("NOT")) {
      next();
      countOperator();
      Ast.Cond operand = primaryCondition();
      checkBareSizes(List.of(operand));
      return new Ast.Not(operand);
    }
    return primaryCondition();
  }

  /** Refuses {@code size(...)} standing as a condition among the operands of AND, OR or NOT. */
  private void checkBareSizes(List<Ast.Cond> operands) {
    for (Ast.Cond operand : operands) {
      if (operand instanceof Ast.FunctionCondition function
          && function.call().name().equals("size")) {
        note(MISUSED_FUNCTION, misusedFunction("size"));
      }
    }
  }

  private Ast.Cond primaryCondition() {
    if (peek().is("(") && !isOperandGroup(position)) {
      return groupCondition();
    }
    Ast.Cond leaf = leafCondition();
    lockLeafProblem();
    return leaf;
  }

  /** Keeps the problem of the first leaf condition that has one. */
  private void lockLeafProblem() {
    if (!problems.containsKey(LEAF)) {
      for (String kind : LEAF_ORDER) {
        if (problems.containsKey(kind)) {
          problems.put(LEAF, problems.get(kind));
          return;
        }
      }
    }
  }

  private Ast.Cond groupCondition() {
    int open = position;
    next();
    enter();
    Ast.Cond inner = orCondition();
    int close = expect(")");
    nesting--;
    registerGroup(open, close);
    return inner;
  }

  /** A comparison, BETWEEN, IN, or function condition. */
  private Ast.Cond leafCondition() {
    Ast.Operand left = operand();
    Token token = peek();
    Ast.Comparator comparator =
        token.kind() == Token.Kind.SYMBOL ? Ast.Comparator.of(token.text()) : null;
    if (comparator != null) {
      next();
      countOperator();
      Ast.Operand right = operand();
      checkMisusedFunctions(List.of(left, right));
      checkDistinct(comparator.symbol, List.of(left, right));
      return new Ast.Comparison(comparator, left, right);
    }
    if (token.isKeyword("BETWEEN")) {
      next();
      countOperator();
      Ast.Operand lower = operand();
      expectKeyword("AND");
      Ast.Operand upper = operand();
      checkMisusedFunctions(List.of(left, lower, upper));
      checkBetweenBounds(lower, upper);
      return new Ast.Between(left, lower, upper);
    }
    if (token.isKeyword("IN")) {
      next();
      countOperator();
      expect("(");
      List<Ast.Operand> candidates = new ArrayList<>();
      do {
        candidates.add(operand());
      } while (accept(","));
      expect(")");
      List<Ast.Operand> all = new ArrayList<>();
      all.add(left);
      all.addAll(candidates);
      checkMisusedFunctions(all);
      if (candidates.size() > MAX_IN_OPERANDS) {
        note(LIMIT, "The IN operator is provided with too many operands; number of operands: "
            + candidates.size());
      }
      return new Ast.In(left, candidates);
    }
    if (left instanceof Ast.Call call) {
      // A bare size(...) is refused by the enclosing AND, OR, NOT or expression.
      return new Ast.FunctionCondition(call);
    }
    throw syntaxError(position);
  }

  /**
   * Whether the "(" at {@code open} groups an operand ({@code (a) = b}) rather than a condition:
   * its ")" is followed by a comparator, BETWEEN or IN.
   */
  private boolean isOperandGroup(int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.is("(")) {
        depth++;
      } else if (token.is(")")) {
        depth--;
        if (depth == 0) {
          Token after = tokens.get(i + 1);
          return (after.kind() == Token.Kind.SYMBOL && Ast.Comparator.of(after.text()) != null)
              || after.isKeyword("BETWEEN")
              || after.isKeyword("IN");
        }
      }
    }
    return false;
  }

  private void countOperator() {
    operatorCount++;
    if (operatorCount > MAX_OPERATORS) {
      note(LIMIT, "The expression contains too many operators; operator count: " + operatorCount);
    }
  }

  // ---- operands ----

  /** A condition operand, or an operand of a function or of {@code +}/{@code -} in an update. */
  private Ast.Operand operand() {
    Token token = peek();
    if (token.is("(")) {
      int open = position;
      next();
      enter();
      Ast.Operand inner = grammar == Grammar.UPDATE ? setValue() : operand();
      int close = expect(")");
      nesting--;
      registerGroup(open, close);
      return inner;
    }
    if (token.kind() == Token.Kind.VALUE_PLACEHOLDER) {
      next();
      return new Ast.Literal(resolveValue(token.text()));
    }
    if (token.kind() == Token.Kind.WORD && tokens.get(position + 1).is("(") && !isKeyword(token)) {
      return call();
    }
    return new Ast.PathOperand(path());
  }

  private void enter() {
    nesting++;
    if (nesting > MAX_NESTING) {
      throw DynamoException.validation("Invalid " + parameter
          + ": The expression has more than " + MAX_NESTING + " nested levels");
    }
  }

  private Ast.Call call() {
    String name = next().text();
    expect("(");
    enter();
    List<Ast.Operand> arguments = new ArrayList<>();
    do {
      arguments.add(operand());
    } while (accept(","));
    expect(")");
    nesting--;
    if (grammar == Grammar.CONDITION) {
      checkMisusedFunctions(arguments);
      checkConditionFunction(name, arguments);
      countOperator();
    } else {
      checkUpdateFunction(name, arguments);
    }
    return new Ast.Call(name, arguments);
  }

  private Path path() {
    List<Path.Element> elements = new ArrayList<>();
    elements.add(pathName());
    while (true) {
      if (peek().is(".")) {
        next();
        elements.add(pathName());
      } else if (peek().is("[")) {
        next();
        Token index = peek();
        if (index.kind() != Token.Kind.NUMBER) {
          throw syntaxError(position);
        }
        int value;
        try {
          value = Integer.parseInt(index.text());
        } catch (NumberFormatException e) {
          throw syntaxError(position);
        }
        next();
        expect("]");
        elements.add(new Path.Index(value));
      } else {
        return new Path(elements);
      }
    }
  }

  private Path.Name pathName() {
    Token token = peek();
    if (token.kind() == Token.Kind.NAME_PLACEHOLDER) {
      next();
      return new Path.Name(resolveName(token.text()));
    }
    if (token.kind() == Token.Kind.WORD && !isKeyword(token)) {
      next();
      if (ReservedWords.isReserved(token.text())) {
        note(RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + token.text());
      }
      return new Path.Name(token.text());
    }
    throw syntaxError(position);
  }

  private boolean isKeyword(Token token) {
    if (token.kind() != Token.Kind.WORD) {
      return false;
    }
    String upper = token.text().toUpperCase(java.util.Locale.ROOT);
    switch (grammar) {
      case CONDITION:
        return CONDITION_KEYWORDS.contains(upper);
      case UPDATE:
        return UPDATE_KEYWORDS.contains(upper);
      default:
        return false;
    }
  }

  private String resolveName(String placeholder) {
    String name = context.name(placeholder);
    if (name == null) {
      note(ATTRIBUTE_NAME,
          "An expression attribute name used in the document path is not defined; attribute name: "
              + placeholder);
      return placeholder;
    }
    return name;
  }

  private Value resolveValue(String placeholder) {
    Value value = context.value(placeholder);
    if (value == null) {
      // Conditions report the first undefined name or value; updates report names first.
      note(grammar == Grammar.UPDATE ? ATTRIBUTE_VALUE : ATTRIBUTE_NAME,
          "An expression attribute value used in expression is not defined; attribute value: "
              + placeholder);
    }
    return value;
  }

  // ---- condition checks ----

  private static String misusedFunction(String name) {
    return "The function is not allowed to be used this way in an expression; function: " + name;
  }

  /** Only {@code size} may stand where a value is expected. */
  private void checkMisusedFunctions(List<Ast.Operand> operands) {
    for (Ast.Operand operand : operands) {
      if (operand instanceof Ast.Call call && !call.name().equals("size")) {
        note(MISUSED_FUNCTION, misusedFunction(call.name()));
        return;
      }
    }
  }

  private void checkDistinct(String operator, List<Ast.Operand> operands) {
    if (operands.size() == 2
        && operands.get(0) instanceof Ast.PathOperand first
        && operands.get(1) instanceof Ast.PathOperand second
        && first.path().equals(second.path())) {
      note(DISTINCT,
          "The first operand must be distinct from the remaining operands for this operator or "
              + "function; operator: " + operator + ", first operand: " + first.path());
    }
  }

  private void checkConditionFunction(String name, List<Ast.Operand> arguments) {
    int arity;
    switch (name) {
      case "attribute_exists":
      case "attribute_not_exists":
      case "size":
        arity = 1;
        break;
      case "attribute_type":
      case "begins_with":
      case "contains":
        arity = 2;
        break;
      default:
        note(UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
        return;
    }
    if (problems.containsKey(OPERAND)) {
      return;
    }
    if (arguments.size() != arity) {
      note(OPERAND, "Incorrect number of operands for operator or function; operator or function: "
          + name + ", number of operands: " + arguments.size());
      return;
    }
    checkDistinct(name, arguments);
    switch (name) {
      case "attribute_exists":
      case "attribute_not_exists":
        if (!(arguments.get(0) instanceof Ast.PathOperand)) {
          note(FUNCTION, "Operator or function requires a document path; operator or function: "
              + name);
        }
        break;
      case "begins_with":
        for (Ast.Operand argument : arguments) {
          String type = staticType(argument);
          if (type != null && !type.equals("S") && !type.equals("B")) {
            note(FUNCTION, incorrectOperandType(name, type));
            break;
          }
        }
        break;
      case "attribute_type": {
        Ast.Operand typeOperand = arguments.get(1);
        String type = staticType(typeOperand);
        if (!"S".equals(type)) {
          note(FUNCTION,
              incorrectOperandType(name, type == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : type));
        } else if (typeOperand instanceof Ast.Literal literal) {
          String typeName = ((Value.S) literal.value()).value();
          if (!isTypeName(typeName)) {
            note(FUNCTION, "Invalid attribute type name found; type: " + typeName
                + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
          }
        }
        break;
      }
      case "size": {
        String type = staticType(arguments.get(0));
        if ("N".equals(type) || "BOOL".equals(type) || "NULL".equals(type)) {
          note(FUNCTION, incorrectOperandType(name, type));
        }
        break;
      }
      default:
        break;
    }
  }

  static boolean isTypeName(String name) {
    for (Value.Type type : Value.Type.values()) {
      if (type.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String incorrectOperandType(String function, String type) {
    return "Incorrect operand type for operator or function; operator or function: " + function
        + ", operand type: " + type;
  }

  /** The type an operand is known to have before evaluation, or null: a value's, or size's N. */
  private static String staticType(Ast.Operand operand) {
    if (operand instanceof Ast.Literal literal && literal.value() != null) {
      return literal.value().type().name();
    }
    if (operand instanceof Ast.Call call) {
      switch (call.name()) {
        case "size":
          return "N";
        case "list_append":
          return "L";
        case "if_not_exists":
          return call.arguments().size() == 2 ? staticType(call.arguments().get(1)) : null;
        default:
          return null;
      }
    }
    if (operand instanceof Ast.Arithmetic) {
      return "N";
    }
    return null;
  }

  /** The type of a value itself, not of a function's result (as DynamoDB checks some operands). */
  private static String immediateType(Ast.Operand operand) {
    if (operand instanceof Ast.Literal literal && literal.value() != null) {
      return literal.value().type().name();
    }
    return null;
  }

  private void checkBetweenBounds(Ast.Operand lower, Ast.Operand upper) {
    if (problems.containsKey(FUNCTION)
        || !(lower instanceof Ast.Literal low) || !(upper instanceof Ast.Literal high)
        || low.value() == null || high.value() == null) {
      return;
    }
    Value lowValue = low.value();
    Value highValue = high.value();
    String bounds = "lower bound operand: AttributeValue: {" + Values.describe(lowValue)
        + "}, upper bound operand: AttributeValue: {" + Values.describe(highValue) + "}";
    if (lowValue.type() != highValue.type()) {
      note(FUNCTION,
          "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
    } else if (Values.isScalar(lowValue) && ValueOrder.compare(lowValue, highValue) > 0) {
      note(FUNCTION, "The BETWEEN operator requires upper bound to be greater than or equal to "
          + "lower bound; " + bounds);
    }
  }

  // ---- updates ----

  private List<Ast.Action> sections() {
    List<Ast.Action> actions = new ArrayList<>();
    while (peek().kind() != Token.Kind.EOF) {
      Token keyword = peek();
      String section = keyword.kind() == Token.Kind.WORD
          ? keyword.text().toUpperCase(java.util.Locale.ROOT) : "";
      if (!UPDATE_KEYWORDS.contains(section)) {
        throw syntaxError(position);
      }
      next();
      if (!usedSections.add(section)) {
        note(SECTION,
            "The \"" + section + "\" section can only be used once in an update expression;");
      }
      do {
        actions.add(action(section));
      } while (accept(","));
    }
    return actions;
  }

  private Ast.Action action(String section) {
    Path path = path();
    Ast.Action action;
    switch (section) {
      case "SET":
        expect("=");
        action = new Ast.SetAction(path, setValue());
        break;
      case "REMOVE":
        action = new Ast.RemoveAction(path);
        break;
      default: {
        Token token = peek();
        if (token.kind() != Token.Kind.VALUE_PLACEHOLDER) {
          throw syntaxError(position);
        }
        next();
        Value value = resolveValue(token.text());
        checkAddOrDeleteOperand(section, value);
        action = section.equals("ADD")
            ? new Ast.AddAction(path, value) : new Ast.DeleteAction(path, value);
      }
    }
    checkOverlap(path);
    return action;
  }

  private Ast.Operand setValue() {
    Ast.Operand left = operand();
    Token token = peek();
    if (token.is("+") || token.is("-")) {
      next();
      Ast.Operand right = operand();
      String operator = token.text();
      for (Ast.Operand operand : List.of(left, right)) {
        String type = immediateType(operand);
        if (type != null && !type.equals("N")) {
          note(FUNCTION, incorrectOperandType(operator, type));
          break;
        }
      }
      return new Ast.Arithmetic(token.is("+"), left, right);
    }
    return left;
  }

  private void checkUpdateFunction(String name, List<Ast.Operand> arguments) {
    if (!name.equals("if_not_exists") && !name.equals("list_append")) {
      note(UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
      return;
    }
    if (problems.containsKey(FUNCTION)) {
      return;
    }
    if (arguments.size() != 2) {
      note(FUNCTION, "Incorrect number of operands for operator or function; operator or function: "
          + name + ", number of operands: " + arguments.size());
      return;
    }
    if (name.equals("if_not_exists")) {
      if (!(arguments.get(0) instanceof Ast.PathOperand)) {
        note(FUNCTION, "Operator or function requires a document path; operator or function: "
            + name);
      }
      return;
    }
    for (Ast.Operand argument : arguments) {
      String type = immediateType(argument);
      if (type != null && !type.equals("L")) {
        note(FUNCTION, incorrectOperandType(name, type));
        return;
      }
    }
  }

  private void checkAddOrDeleteOperand(String section, Value value) {
    if (value == null) {
      return;
    }
    String typeName;
    switch (value.type()) {
      case S:
        typeName = "STRING";
        break;
      case N:
        typeName = section.equals("ADD") ? null : "NUMBER";
        break;
      case B:
        typeName = "BINARY";
        break;
      case NULL:
        typeName = "NULL";
        break;
      case BOOL:
        typeName = "BOOLEAN";
        break;
      case L:
        typeName = "LIST";
        break;
      case M:
        typeName = "MAP";
        break;
      default:
        typeName = null;
    }
    if (typeName != null) {
      note(OPERAND, "Incorrect operand type for operator or function; operator: " + section
          + ", operand type: " + typeName);
    }
  }

  // ---- shared checks ----

  /** Refuses a path that overlaps or conflicts with one written before it. */
  private void checkOverlap(Path path) {
    if (problems.containsKey(PATH_OVERLAP)) {
      return;
    }
    for (Path earlier : writtenPaths) {
      String problem = Paths.overlap(earlier, path);
      if (problem != null) {
        note(problem.startsWith("Two document paths overlap") ? PATH_OVERLAP : PATH_CONFLICT,
            problem);
        if (problems.containsKey(PATH_OVERLAP)) {
          return;
        }
      }
    }
    writtenPaths.add(path);
  }

  private void registerGroup(int open, int close) {
    groupClosings.put(open, close);
    Integer innerClose = groupClosings.get(open + 1);
    if (innerClose != null && innerClose == close - 1) {
      note(PARENS, "The expression has redundant parentheses;");
    }
  }

  private void note(String kind, String message) {
    problems.putIfAbsent(kind, message);
  }

  private void throwFirstProblem(List<String> order) {
    for (String kind : order) {
      String message = problems.get(kind);
      if (message != null) {
        throw DynamoException.validation("Invalid " + parameter + ": " + message);
      }
    }
  }

  // ---- tokens ----

  private Token peek() {
    return tokens.get(position);
  }

  private Token next() {
    Token token = tokens.get(position);
    if (token.kind() != Token.Kind.EOF) {
      position++;
    }
    return token;
  }

  private boolean accept(String symbol) {
    if (peek().is(symbol)) {
      next();
      return true;
    }
    return false;
  }

  /** Consumes the symbol and returns its token index. */
  private int expect(String symbol) {
    if (!peek().is(symbol)) {
      throw syntaxError(position);
    }
    int index = position;
    next();
    return index;
  }

  private void expectKeyword(String keyword) {
    if (!peek().isKeyword(keyword)) {
      throw syntaxError(position);
    }
    next();
  }

  private void expectEnd() {
    if (peek().kind() != Token.Kind.EOF) {
      throw syntaxError(position);
    }
  }

  /**
   * DynamoDB's syntax error: the offending token, and the text from the token before it to the
   * token after it ({@code <EOF>} and the rest of the text at the end).
   */
  private DynamoException syntaxError(int index) {
    Token token = tokens.get(index);
    int nearStart = index > 0 ? tokens.get(index - 1).start() : token.start();
    int nearEnd;
    if (token.kind() == Token.Kind.EOF) {
      nearEnd = expression.length();
    } else {
      Token after = tokens.get(index + 1);
      nearEnd = after.kind() == Token.Kind.EOF ? token.end() : after.end();
    }
    return DynamoException.validation("Invalid " + parameter + ": Syntax error; token: \""
        + token.text() + "\", near: \"" + expression.substring(nearStart, nearEnd) + "\"");
  }
}
