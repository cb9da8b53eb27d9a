package com.renovare.content.seed;

import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleDrafts;
import com.renovare.content.audit.Actor;
import com.renovare.content.citation.CitationCatalog;
import com.renovare.content.citation.CitationData;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.json.Json;
import com.renovare.content.product.ProductCatalog;
import com.renovare.content.product.ProductData;
import com.renovare.content.publishing.PublishRefused;
import com.renovare.content.publishing.PublishedVersion;
import com.renovare.content.publishing.PublishingService;
import com.renovare.content.safety.SafetyNoteData;
import com.renovare.content.safety.SafetyNotes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Publishes the seed bundle on start, through the same draft and publish code editors use. What is
 * already there is left alone, so starting again (or a second instance starting at the same time)
 * neither duplicates nor re-versions anything.
 */
@Singleton
public class SeedPublisher {

  private static final Logger LOG = Logger.getLogger(SeedPublisher.class);
  private static final String BUNDLE = "seed/bundle.json";
  private static final Actor SEED = Actor.system("Renovare seed bundle");

  private final ContentConfig config;
  private final ProductCatalog products;
  private final CitationCatalog citations;
  private final SafetyNotes safetyNotes;
  private final ArticleDrafts drafts;
  private final PublishingService publishing;
  private final Validator validator;
  private final DataSource dataSource;

  SeedPublisher(
      ContentConfig config,
      ProductCatalog products,
      CitationCatalog citations,
      SafetyNotes safetyNotes,
      ArticleDrafts drafts,
      PublishingService publishing,
      Validator validator,
      DataSource dataSource) {
    this.config = config;
    this.products = products;
    this.citations = citations;
    this.safetyNotes = safetyNotes;
    this.drafts = drafts;
    this.publishing = publishing;
    this.validator = validator;
    this.dataSource = dataSource;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.seed().enabled()) {
      LOG.info("Seed bundle disabled (content.seed.enabled=false)");
      return;
    }
    SeedBundle bundle = read(BUNDLE, SeedBundle.class);
    Map<String, ArticleContent> articles = new LinkedHashMap<>();
    bundle
        .articles()
        .forEach(path -> articles.put(path, read("seed/" + path, ArticleContent.class)));
    if (alreadyStored(bundle, articles.values())) {
      // The usual restart: one plain query, so start-up pays for neither validation nor ORM
      // queries.
      LOG.debug("Seed bundle already stored; nothing to do");
      return;
    }
    valid(bundle, BUNDLE);
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                bundle.products().forEach(p -> products.addIfAbsent(p, SEED));
                bundle.citations().forEach(c -> citations.addIfAbsent(c, SEED));
                // After the citations: a note names its sources, and they must exist.
                bundle.safetyNotes().forEach(n -> safetyNotes.addIfAbsent(n, SEED));
              });
    } catch (RuntimeException e) {
      // Two instances starting together race on the unique SKU and key; the loser's rollback is
      // harmless because the winner wrote the same rows.
      LOG.infof("Seed catalogue not written here (%s); another instance holds it", e.getMessage());
    }
    articles.forEach((path, article) -> publishIfAbsent(valid(article, "seed/" + path), bundle));
  }

  /**
   * Whether every product, citation, safety note and article of the bundle is already in the
   * database. A database seeded by an older bundle lacks what was added since (such as the safety
   * notes), so it takes the slow path once and gets the missing rows; articles already there are
   * left as they are and pick new notes up at their next publish.
   */
  private boolean alreadyStored(SeedBundle bundle, Collection<ArticleContent> articles) {
    List<String> skus = bundle.products().stream().map(ProductData::sku).toList();
    List<String> keys = bundle.citations().stream().map(CitationData::key).toList();
    List<String> notes = bundle.safetyNotes().stream().map(SafetyNoteData::key).toList();
    List<String> slugs = articles.stream().map(ArticleContent::slug).toList();
    String sql =
        "select (select count(*) from product where sku in ("
            + placeholders(skus.size())
            + ")) + (select count(*) from citation where citation_key in ("
            + placeholders(keys.size())
            + ")) + (select count(*) from safety_note where note_key in ("
            + placeholders(notes.size())
            + ")) + (select count(*) from article where slug in ("
            + placeholders(slugs.size())
            + "))";
    List<String> values = new ArrayList<>(skus);
    values.addAll(keys);
    values.addAll(notes);
    values.addAll(slugs);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        statement.setString(i + 1, values.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1) == values.size();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check whether the seed bundle is stored", e);
    }
  }

  /** "?, ?, ?" for n values; a lone null for none, which matches no row. */
  private static String placeholders(int n) {
    return n == 0 ? "null" : String.join(", ", Collections.nCopies(n, "?"));
  }

  private void publishIfAbsent(ArticleContent article, SeedBundle bundle) {
    Actor actor = Actor.system(bundle.publishedBy());
    if (drafts.idOf(article.slug()).isPresent()) {
      LOG.debugf("Seed article %s already exists; left as it is", article.slug());
      return;
    }
    try {
      UUID id = QuarkusTransaction.requiringNew().call(() -> drafts.create(article, actor));
      try {
        PublishedVersion published =
            QuarkusTransaction.requiringNew()
                .call(() -> publishing.publish(id, actor, bundle.changeNote()));
        LOG.infof("Published seed article %s as version %d", published.slug(), published.version());
      } catch (PublishRefused refused) {
        // A deployment whose market blocks the seed's findings still starts; editors see why.
        LOG.warnf(
            "Seed article %s is kept as a draft: publishing it was refused. %s",
            article.slug(),
            refused.decision().reasons().stream()
                .map(r -> r.field() + ": " + r.message())
                .collect(Collectors.joining("; ")));
      }
    } catch (RuntimeException e) {
      if (drafts.idOf(article.slug()).isEmpty()) {
        throw e;
      }
      LOG.infof("Seed article %s was published by another instance", article.slug());
    }
  }

  private <T> T valid(T value, String resource) {
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "The seed file "
              + resource
              + " is invalid: "
              + violations.stream()
                  .map(v -> v.getPropertyPath() + " " + v.getMessage())
                  .sorted()
                  .collect(Collectors.joining("; ")));
    }
    return value;
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The seed file " + resource + " is missing");
      }
      return Json.read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
