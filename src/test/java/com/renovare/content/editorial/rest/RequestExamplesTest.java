package com.renovare.content.editorial.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.citation.CitationData;
import com.renovare.content.editorial.EditorialRequests;
import com.renovare.content.partner.PartnerKeyRequest;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.safety.SafetyNoteData;
import com.renovare.content.webhook.SubscriptionRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request example the contract shows (openapi/components/operations.yaml) passes the checks a
 * real request goes through (strict reading and field rules), so a client that copies one is not
 * refused for its shape.
 */
class RequestExamplesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  /** The class each operation reads its JSON body into. */
  private static final Map<String, Class<?>> BODIES =
      Map.ofEntries(
          Map.entry("createDraft", ArticleContent.class),
          Map.entry("replaceDraft", ArticleContent.class),
          Map.entry("publishDraft", EditorialRequests.Publish.class),
          Map.entry("scheduleDraft", EditorialRequests.Schedule.class),
          Map.entry("revertDraft", EditorialRequests.Revert.class),
          Map.entry("redactArticle", EditorialRequests.Redact.class),
          Map.entry("issueToken", EditorialRequests.Token.class),
          Map.entry("upsertProducts", EditorialRequests.ProductUpsert.class),
          Map.entry("issuePartnerKey", PartnerKeyRequest.class),
          Map.entry("createCitation", CitationData.class),
          Map.entry("updateCitation", CitationData.class),
          Map.entry("createSafetyNote", SafetyNoteData.class),
          Map.entry("replaceSafetyNote", SafetyNoteData.class),
          Map.entry("createWebhook", SubscriptionRequest.class),
          Map.entry("replaceWebhook", SubscriptionRequest.class));

  static Stream<Arguments> examples() throws IOException {
    JsonNode paths = YAML.readTree(Path.of("openapi", "components", "operations.yaml").toFile());
    List<Arguments> found = new ArrayList<>();
    paths
        .path("paths")
        .forEach(
            path ->
                path.forEach(
                    operation -> {
                      JsonNode json =
                          operation.path("requestBody").path("content").path("application/json");
                      json.path("examples")
                          .forEach(
                              example ->
                                  found.add(
                                      Arguments.of(
                                          operation.path("operationId").asText(),
                                          example.path("value"))));
                    }));
    return found.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theExampleIsAValidRequest(String operation, JsonNode example) {
    Class<?> type = BODIES.get(operation);
    assertNotNull(type, operation + " shows a request example no test reads");
    assertDoesNotThrow(() -> StrictBody.read(example, type, VALIDATOR));
  }
}
