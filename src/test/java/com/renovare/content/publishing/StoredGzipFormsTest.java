package com.renovare.content.publishing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.Articles;
import com.renovare.content.article.ArticleContent;
import com.renovare.content.editorial.Editorial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Publishing stores each version's gzip form beside its JSON, so that a read of a version not in
 * memory compresses nothing; versions stored before that get theirs from {@link GzipFormFill}.
 */
@QuarkusTest
class StoredGzipFormsTest {

  @Inject DataSource dataSource;
  @Inject GzipFormFill fill;

  @Test
  void aPublishStoresTheGzipFormOfItsDocumentAndVersionUrlsServeIt() throws Exception {
    String publisher = Editorial.token("publisher");
    ArticleContent content = Articles.aDraftWithSections(3);
    String id = Editorial.create(publisher, content);
    Editorial.publish(publisher, id, "First");

    byte[][] stored = forms(id, 1);
    assertNotNull(stored[1], "the gzip form is stored with the version");
    assertArrayEquals(stored[0], gunzip(stored[1]));

    byte[] served =
        given()
            .config(
                RestAssuredConfig.config()
                    .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
            .header("Accept-Encoding", "gzip")
            .get("/v1/articles/" + content.slug() + "/versions/1")
            .then()
            .statusCode(200)
            .header("Content-Encoding", "gzip")
            .extract()
            .asByteArray();
    assertArrayEquals(stored[1], served, "a miss serves the stored form as it is");
  }

  @Test
  void theFillStoresTheFormsOfVersionsPublishedBeforeFormsWereKept() throws Exception {
    String publisher = Editorial.token("publisher");
    String id = Editorial.create(publisher, Articles.aDraftWithSections(2));
    Editorial.publish(publisher, id, "First");
    byte[] document = forms(id, 1)[0];
    update("update article_version set document_gzip = null where article_id = ?", id);

    assertTrue(fill.fill() >= 1, "at least the version made formless here was filled");

    byte[][] stored = forms(id, 1);
    assertNotNull(stored[1]);
    assertArrayEquals(document, gunzip(stored[1]));
    assertEquals(0, fill.fill(), "nothing is left to fill");
  }

  @Test
  void theFillLeavesARedactedVersionWithoutAForm() throws Exception {
    String publisher = Editorial.token("publisher");
    String id = Editorial.create(publisher, Articles.aDraftWithSections(1));
    Editorial.publish(publisher, id, "First");
    // A redaction deletes the content and its form; nothing may bring the form back.
    update(
        "update article_version set document = null, document_gzip = null,"
            + " redacted_at = current_timestamp where article_id = ?",
        id);

    fill.fill();

    byte[][] stored = forms(id, 1);
    assertNull(stored[0]);
    assertNull(stored[1]);
  }

  private byte[][] forms(String id, int version) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select document, document_gzip from article_version where article_id = ? and"
                    + " version = ?")) {
      ps.setObject(1, UUID.fromString(id));
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        String document = rs.getString(1);
        return new byte[][] {
          document == null ? null : document.getBytes(StandardCharsets.UTF_8), rs.getBytes(2)
        };
      }
    }
  }

  private void update(String sql, String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, UUID.fromString(id));
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static byte[] gunzip(byte[] gzip) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    }
  }
}
