package com.renovare.content.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delivered seed article against its source text and its golden document. */
@QuarkusTest
class SeedArticleDocumentTest {

  private static final Path SOURCE =
      Path.of("src", "test", "resources", "seed", "vitamin-k2-mk7.txt");
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "vitamin-k2-mk7.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everySentenceOfTheSourceIsDeliveredWordForWordAndInOrder() throws IOException {
    JsonNode doc =
        JSON.readTree(
            given()
                .get("/v1/articles/vitamin-k2-mk7")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    List<String> delivered = readingOrder(doc);

    int at = 0;
    for (String line : sourceLines()) {
      int found = -1;
      for (int i = at; i < delivered.size(); i++) {
        if (delivered.get(i).equals(line)) {
          found = i;
          break;
        }
      }
      assertTrue(
          found >= 0,
          "Not delivered in order: «"
              + line
              + "»\nafter: «"
              + (at > 0 ? delivered.get(at - 1) : "")
              + "»");
      at = found + 1;
    }
  }

  @Test
  void theDeliveredDocumentMatchesTheGoldenFile() throws IOException {
    JsonNode doc =
        JSON.readTree(
            given()
                .get("/v1/articles/vitamin-k2-mk7")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    ObjectNode normalised = ((ObjectNode) doc).deepCopy();
    // Only the publication time differs between runs.
    normalised.put("publishedAt", "<publishedAt>");
    normalised.put("firstPublishedAt", "<publishedAt>");
    String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(normalised) + "\n";

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        actual,
        "The delivered article changed. If that is intended, run ./mvnw verify -Dgolden.update=true and review the diff.");
  }

  /**
   * The source's lines as the seed conventions read them: list numbers and bullets are structure,
   * lines that are empty or hold only a non-breaking space are dropped.
   */
  static List<String> sourceLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String raw : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.replace('\u00a0', ' ').isBlank()) {
        continue;
      }
      lines.add(line.replaceFirst("^([0-9]+\\.|•)\\s+", ""));
    }
    return lines;
  }

  /** Every reader-visible text of a document, in the order a reader meets it. */
  static List<String> readingOrder(JsonNode doc) {
    List<String> texts = new ArrayList<>();
    texts.add(doc.get("title").asText());
    for (JsonNode section : doc.get("sections")) {
      if (section.hasNonNull("heading")) {
        texts.add(section.get("heading").asText());
      }
      for (JsonNode block : section.get("blocks")) {
        if (block.has("text")) {
          texts.add(block.get("text").asText());
        }
        if (block.has("items")) {
          block.get("items").forEach(item -> texts.add(item.get("text").asText()));
        }
      }
    }
    doc.get("credits").forEach(credit -> texts.add(credit.get("text").asText()));
    doc.get("citations")
        .forEach(
            citation -> {
              if (citation.has("url")) {
                texts.add(citation.get("url").asText());
              }
            });
    return texts;
  }
}
