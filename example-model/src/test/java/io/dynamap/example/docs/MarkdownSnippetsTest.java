package io.dynamap.example.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation honest: every {@code ```java} block of README.md and docs/**.md is code
 * that compiles, and every relative link leads somewhere.
 *
 * <p>A block passes when, modulo common indentation and trailing blanks, it equals a region of the
 * example module's sources marked {@code // tag::name[]} … {@code // end::name[]}, or a whole
 * source file. A block may start with import lines above a region; each must be an import of the
 * region's file. The sources compile with the Dynamap processor, so a snippet that stops compiling
 * fails the build, and one edited in the Markdown alone fails here.
 */
class MarkdownSnippetsTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path ROOT = MODULE.getParent();
  private static final List<Path> SOURCE_ROOTS =
      List.of(MODULE.resolve("src/main/java"), MODULE.resolve("src/test/java"));

  private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w.-]+)\\[\\]\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// end::([\\w.-]+)\\[\\]\\s*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)\\s*([^`\\s]*).*$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  /** A piece of compiled source a block may equal: a tagged region or a whole file. */
  private record Region(String name, Path file, int line, List<String> lines, Set<String> imports) {
    String where() {
      return (name == null ? "the whole file " : "region '" + name + "' in ")
          + ROOT.relativize(file)
          + ":"
          + line;
    }
  }

  /** A fenced block of a Markdown file. */
  private record Block(Path file, int line, String info, List<String> lines) {
    String where() {
      return ROOT.relativize(file) + ":" + line;
    }
  }

  @Test
  void everyJavaBlockIsCompiledSource() throws IOException {
    List<Region> regions = regions();
    List<Region> tagged = regions.stream().filter(r -> r.name() != null).toList();
    Set<String> used = new HashSet<>();
    List<String> failures = new ArrayList<>();
    int javaBlocks = 0;
    for (Path markdown : markdownFiles()) {
      for (Block block : blocks(markdown)) {
        if (!block.info().toLowerCase(Locale.ROOT).startsWith("java")) {
          continue;
        }
        javaBlocks++;
        String failure = check(block, regions, used);
        if (failure != null) {
          failures.add(failure);
        }
      }
    }
    for (Region region : tagged) {
      if (!used.contains(region.name())) {
        failures.add(
            region.where()
                + ": no ```java block of README.md or docs/ shows this region; remove the tags (or"
                + " the snippet class) if its block was removed on purpose");
      }
    }
    assertTrue(
        javaBlocks > 0, "found no ```java block under " + ROOT + ": wrong working directory?");
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " problem(s) with the documentation's Java snippets. Each ```java block must equal"
              + " a region marked // tag::name[] ... // end::name[] (or a whole file) in"
              + " example-model/src/{main,test}/java, where it compiles; change the block and the"
              + " source together.\n\n"
              + String.join("\n\n", failures));
    }
  }

  /** Links into README.md and docs/ come from other pages too (benchmarks/RESULTS.md, …). */
  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> pages = new ArrayList<>();
    Files.walkFileTree(
        ROOT,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            // Build output, npm packages and templates (src/) are no pages of their own.
            return !dir.equals(ROOT)
                    && Set.of("target", "node_modules", "src", ".git")
                        .contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (file.toString().endsWith(".md")) {
              pages.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    pages.sort(null);
    assertTrue(pages.contains(ROOT.resolve("README.md")), "found no README.md under " + ROOT);
    for (Path markdown : pages) {
      List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
      boolean inFence = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (FENCE.matcher(line).matches()) {
          inFence = !inFence;
          continue;
        }
        if (inFence) {
          continue;
        }
        Matcher link = LINK.matcher(line);
        while (link.find()) {
          String target = link.group(1);
          if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
            continue; // https:, mailto: and the like: not checked offline
          }
          String problem = brokenLink(markdown, target);
          if (problem != null) {
            failures.add(
                ROOT.relativize(markdown) + ":" + (i + 1) + ": link (" + target + ") " + problem);
          }
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " broken link(s):\n" + String.join("\n", failures));
    }
  }

  @Test
  void theDocsIndexListsEveryPage() throws IOException {
    Path index = ROOT.resolve("docs/README.md");
    assertTrue(
        Files.isRegularFile(index), "docs/README.md, the index of the documentation, is missing");
    Set<String> linked = new TreeSet<>();
    Matcher link = LINK.matcher(Files.readString(index, StandardCharsets.UTF_8));
    while (link.find()) {
      linked.add(link.group(1).replaceFirst("#.*", ""));
    }
    List<String> missing =
        markdownFiles().stream()
            .filter(p -> p.startsWith(ROOT.resolve("docs")) && !p.equals(index))
            .map(p -> ROOT.resolve("docs").relativize(p).toString().replace('\\', '/'))
            .filter(page -> !linked.contains(page))
            .toList();
    assertTrue(missing.isEmpty(), "docs/README.md does not link these pages: " + missing);
    assertTrue(
        Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)
            .contains("](docs/README.md)"),
        "README.md must link the documentation's index, docs/README.md");
  }

  /**
   * The README's minimal pom is copied into users' projects: it and docs/build.md must name this
   * build's version of Dynamap, and the plugin and JUnit versions this build is tested with.
   */
  @Test
  void theReadmePomNamesThisBuildsVersions() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String build = Files.readString(ROOT.resolve("docs/build.md"), StandardCharsets.UTF_8);
    List<String> mismatches = new ArrayList<>();
    String version =
        find(parent, "<artifactId>dynamap-parent</artifactId>\\s*<version>([^<]+)</version>");
    expectIn("README.md", readme, "<dynamap.version>" + version + "</dynamap.version>", mismatches);
    expectIn("README.md", readme, "version `" + version + "`", mismatches);
    expectIn("docs/build.md", build, "today `" + version + "`", mismatches);
    for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin")) {
      String pinned =
          find(parent, "<artifactId>" + plugin + "</artifactId>\\s*<version>([^<]+)</version>");
      expectIn("README.md", readme, "<artifactId>" + plugin + "</artifactId>", mismatches);
      String shown =
          find(readme, "<artifactId>" + plugin + "</artifactId>\\s*<version>([^<]+)</version>");
      if (!pinned.equals(shown)) {
        mismatches.add(plugin + ": the README's pom says " + shown + ", this build uses " + pinned);
      }
      expectIn("docs/build.md", build, "| `" + plugin + "` | " + pinned + " |", mismatches);
    }
    String junit = find(parent, "<junit.version>([^<]+)</junit.version>");
    String shownJunit =
        find(readme, "<artifactId>junit-jupiter</artifactId>\\s*<version>([^<]+)</version>");
    if (!junit.equals(shownJunit)) {
      mismatches.add(
          "junit-jupiter: the README's pom says " + shownJunit + ", this build uses " + junit);
    }
    assertTrue(
        mismatches.isEmpty(),
        "README.md's minimal pom (or docs/build.md) is out of step with pom.xml:\n"
            + String.join("\n", mismatches));
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      fail("found nothing matching " + regex + " in pom.xml or README.md");
    }
    return m.group(1);
  }

  private static void expectIn(String file, String text, String wanted, List<String> mismatches) {
    if (!text.contains(wanted)) {
      mismatches.add(file + " does not contain " + wanted);
    }
  }

  // --- Snippets --------------------------------------------------------------------------------

  private static String check(Block block, List<Region> regions, Set<String> used) {
    List<String> wanted = normalize(block.lines());
    if (wanted.isEmpty()) {
      return block.where() + ": the ```java block is empty";
    }
    for (Region region : regions) {
      if (region.lines().equals(wanted)) {
        markUsed(region, used);
        return null;
      }
    }
    // Import lines above a region: the region must match, and its file must have the imports.
    int body = 0;
    while (body < wanted.size()
        && (wanted.get(body).startsWith("import ") || wanted.get(body).isBlank())) {
      body++;
    }
    List<String> imports =
        wanted.subList(0, body).stream().filter(l -> !l.isBlank()).map(String::strip).toList();
    List<String> rest = normalize(wanted.subList(body, wanted.size()));
    if (!imports.isEmpty() && !rest.isEmpty()) {
      for (Region region : regions) {
        if (region.lines().equals(rest)) {
          List<String> foreign =
              imports.stream().filter(i -> !region.imports().contains(i)).toList();
          if (foreign.isEmpty()) {
            markUsed(region, used);
            return null;
          }
          return block.where()
              + ": the block's code equals "
              + region.where()
              + ", but that file lacks these imports the block shows: "
              + foreign;
        }
      }
    }
    List<String> compared = imports.isEmpty() ? wanted : rest;
    Region nearest = null;
    int best = -1;
    for (Region region : regions) {
      int score = commonLines(compared, region.lines());
      if (score > best) {
        best = score;
        nearest = region;
      }
    }
    return block.where()
        + ": this ```java block matches no compiled source."
        + (nearest == null || best <= 0
            ? " No tagged region or file shares its lines: add one, in a class that compiles it."
            : "\n  nearest: "
                + nearest.where()
                + "\n"
                + firstDifference(compared, nearest.lines()));
  }

  private static void markUsed(Region region, Set<String> used) {
    if (region.name() != null) {
      used.add(region.name());
    }
  }

  private static int commonLines(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    b.forEach(l -> counts.merge(l.strip(), 1, Integer::sum));
    int common = 0;
    for (String line : a) {
      Integer n = counts.get(line.strip());
      if (n != null && n > 0) {
        counts.put(line.strip(), n - 1);
        common++;
      }
    }
    return common - Math.abs(a.size() - b.size());
  }

  private static String firstDifference(List<String> block, List<String> source) {
    for (int i = 0; i < Math.max(block.size(), source.size()); i++) {
      String b = i < block.size() ? block.get(i) : "<end of block>";
      String s = i < source.size() ? source.get(i) : "<end of region>";
      if (!b.equals(s)) {
        return "  first difference at line "
            + (i + 1)
            + " of the block:\n    block:  "
            + b
            + "\n    source: "
            + s;
      }
    }
    return "  (no difference line by line)";
  }

  /**
   * Strips trailing blanks, leading and trailing empty lines, and the lines' common indentation.
   */
  private static List<String> normalize(List<String> lines) {
    List<String> out =
        lines.stream().map(String::stripTrailing).collect(Collectors.toCollection(ArrayList::new));
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    int indent =
        out.stream()
            .filter(l -> !l.isEmpty())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return out.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
  }

  private static List<Region> regions() throws IOException {
    List<Region> regions = new ArrayList<>();
    Map<String, Region> byName = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path root : SOURCE_ROOTS) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> imports =
            lines.stream()
                .map(String::strip)
                .filter(l -> l.startsWith("import "))
                .collect(Collectors.toSet());
        Map<String, Integer> open = new LinkedHashMap<>();
        Map<String, List<String>> content = new HashMap<>();
        List<String> whole = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          Matcher tag = TAG.matcher(line);
          Matcher end = END.matcher(line);
          if (tag.matches()) {
            if (open.putIfAbsent(tag.group(1), i + 1) != null) {
              problems.add(
                  ROOT.relativize(file)
                      + ":"
                      + (i + 1)
                      + ": tag '"
                      + tag.group(1)
                      + "' opened twice");
            }
            content.put(tag.group(1), new ArrayList<>());
          } else if (end.matches()) {
            Integer start = open.remove(end.group(1));
            if (start == null) {
              problems.add(
                  ROOT.relativize(file)
                      + ":"
                      + (i + 1)
                      + ": end of tag '"
                      + end.group(1)
                      + "' never opened");
              continue;
            }
            Region region =
                new Region(
                    end.group(1), file, start, normalize(content.remove(end.group(1))), imports);
            Region before = byName.put(region.name(), region);
            if (before != null) {
              problems.add(region.where() + ": tag name already used by " + before.where());
            }
            regions.add(region);
          } else {
            content.values().forEach(c -> c.add(line));
            whole.add(line);
          }
        }
        open.forEach(
            (name, line) ->
                problems.add(
                    ROOT.relativize(file) + ":" + line + ": tag '" + name + "' never ends"));
        regions.add(new Region(null, file, 1, normalize(whole), imports));
      }
    }
    if (!problems.isEmpty()) {
      fail("Malformed snippet tags:\n" + String.join("\n", problems));
    }
    return regions;
  }

  // --- Markdown ---------------------------------------------------------------------------------

  private static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Path readme = ROOT.resolve("README.md");
    assertTrue(Files.isRegularFile(readme), "no README.md at " + ROOT);
    files.add(readme);
    Path docs = ROOT.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> walk = Files.walk(docs)) {
        walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static List<Block> blocks(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String fence = open.group(1);
      int start = i;
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).strip().startsWith(fence); i++) {
        body.add(lines.get(i));
      }
      if (i == lines.size()) {
        fail(ROOT.relativize(markdown) + ":" + (start + 1) + ": code block never closed");
      }
      if (!lines.get(i).strip().matches("(```+|~~~+)")) {
        // Markdown takes a fence with text after it for no fence: the block would run on.
        fail(ROOT.relativize(markdown) + ":" + (i + 1)
            + ": text after the closing fence; put the fence on a line of its own");
      }
      blocks.add(new Block(markdown, start + 1, open.group(2), body));
    }
    return blocks;
  }

  private static String brokenLink(Path markdown, String target) {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Path file = path.isEmpty() ? markdown : markdown.getParent().resolve(path).normalize();
    if (!Files.exists(file)) {
      return "leads to " + ROOT.relativize(file) + ", which does not exist";
    }
    if (anchor == null || !file.toString().endsWith(".md")) {
      return null;
    }
    Set<String> anchors = anchors(file);
    return anchors.contains(anchor)
        ? null
        : "names #"
            + anchor
            + ", which is no heading of "
            + ROOT.relativize(file)
            + " (it has "
            + anchors
            + ")";
  }

  /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as '-'. */
  private static Set<String> anchors(Path markdown) {
    List<String> lines;
    try {
      lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> anchors = new TreeSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean inFence = false;
    for (String line : lines) {
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (inFence || !heading.matches()) {
        continue;
      }
      String slug =
          heading
              .group(1)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum);
      anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
    }
    return anchors;
  }
}
