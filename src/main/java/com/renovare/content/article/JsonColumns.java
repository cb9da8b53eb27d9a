package com.renovare.content.article;

import com.fasterxml.jackson.core.type.TypeReference;
import com.renovare.content.platform.json.Json;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/** Small value objects kept as JSON text in a column of their owner's row. */
final class JsonColumns {

  private JsonColumns() {}

  static final class Topics implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> topics) {
      return Json.string(topics == null ? List.of() : topics);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
      return List.copyOf(Json.read(json, new TypeReference<List<String>>() {}));
    }
  }

  static final class Authors implements AttributeConverter<List<Author>, String> {
    @Override
    public String convertToDatabaseColumn(List<Author> authors) {
      return Json.string(authors == null ? List.of() : authors);
    }

    @Override
    public List<Author> convertToEntityAttribute(String json) {
      return List.copyOf(Json.read(json, new TypeReference<List<Author>>() {}));
    }
  }

  static final class Images implements AttributeConverter<Image, String> {
    @Override
    public String convertToDatabaseColumn(Image image) {
      return image == null ? null : Json.string(image);
    }

    @Override
    public Image convertToEntityAttribute(String json) {
      return json == null ? null : Json.read(json, Image.class);
    }
  }

  static final class Blocks implements AttributeConverter<Block, String> {
    @Override
    public String convertToDatabaseColumn(Block block) {
      return Json.string(block);
    }

    @Override
    public Block convertToEntityAttribute(String json) {
      return Json.read(json, Block.class);
    }
  }

  static final class Reviews implements AttributeConverter<Review, String> {
    @Override
    public String convertToDatabaseColumn(Review review) {
      return review == null ? null : Json.string(review);
    }

    @Override
    public Review convertToEntityAttribute(String json) {
      return json == null ? null : Json.read(json, Review.class);
    }
  }
}
