package com.renovare.content.editorial.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.citation.CitationData;
import com.renovare.content.editorial.Requests;
import com.renovare.content.partner.PartnerKeyRequest;
import com.renovare.content.platform.json.StrictBody;
import com.renovare.content.safety.SafetyNoteData;
import com.renovare.content.webhook.SubscriptionRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request example the contract shows passes the checks a real request goes through (strict
 * reading and field rules), so a client that copies one is not refused for its shape.
 */
class RequestExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(EditorialExamples.ARTICLE_CONTENT, ArticleContent.class),
        Arguments.of(EditorialExamples.PUBLISH, Requests.Publish.class),
        Arguments.of(EditorialExamples.SCHEDULE, Requests.Schedule.class),
        Arguments.of(EditorialExamples.REVERT, Requests.Revert.class),
        Arguments.of(EditorialExamples.TOKEN_REQUEST, Requests.Token.class),
        Arguments.of(EditorialExamples.PRODUCTS, Requests.ProductUpsert.class),
        Arguments.of(EditorialExamples.PARTNER_KEY_REQUEST, PartnerKeyRequest.class),
        Arguments.of(EditorialExamples.CITATION, CitationData.class),
        Arguments.of(EditorialExamples.SAFETY_NOTE, SafetyNoteData.class),
        Arguments.of(EditorialExamples.WEBHOOK_REQUEST, SubscriptionRequest.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("examples")
  void theExampleIsAValidRequest(String example, Class<?> type) throws Exception {
    JsonNode body = JSON.readTree(example);
    assertDoesNotThrow(() -> StrictBody.read(body, type, VALIDATOR));
  }
}
