package com.renovare.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the manuals stay true to the tree: every link and every repository path they name
 * exists, and the README's two commands are the ones the build runs.
 */
class DocumentationTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(?:#[^)]*)?\\)");
  private static final Pattern REPOSITORY_PATH =
      Pattern.compile("(?<![\\w/.-])((?:src|openapi|\\.ci)/[\\w./-]*[\\w])");

  @Test
  void everyRelativeLinkPointsAtAFileInTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = LINK.matcher(Files.readString(page));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue;
        }
        if (!Files.exists(page.getParent().resolve(target).normalize())) {
          broken.add(ROOT.relativize(page) + " -> " + target);
        }
      }
    }
    assertEquals(List.of(), broken, "links to files that do not exist");
  }

  @Test
  void everyRepositoryPathTheTextNamesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher path = REPOSITORY_PATH.matcher(Files.readString(page));
      while (path.find()) {
        String named = path.group(1);
        if (!named.contains("…")
            && !named.contains("node_modules")
            && !Files.exists(ROOT.resolve(named))) {
          missing.add(ROOT.relativize(page) + " names " + named);
        }
      }
    }
    assertEquals(List.of(), missing, "paths that are not in the repository");
  }

  @Test
  void theReadmeGivesTheTwoCommandsAndStaysShort() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertTrue(readme.contains("\n./mvnw quarkus:dev\n"), "the run command");
    assertTrue(readme.contains("\n./mvnw verify\n"), "the test command");
    assertTrue(
        Files.readString(ROOT.resolve(".ci/run")).contains("./mvnw -B verify"),
        "CI runs the README's test command");
    assertTrue(Files.isExecutable(ROOT.resolve("mvnw")), "the wrapper is executable");
    long size = Files.size(ROOT.resolve("README.md"));
    assertTrue(size <= 15_000, "README.md is " + size + " bytes");
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("src/docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }
}
