package com.renovare.content.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the sentences of a text that use disease wording from the maintained term list of its
 * language ({@code compliance/disease-terms-<language>.txt}). Terms match whole words, ignoring
 * case and the difference between typographic and straight apostrophes.
 */
final class DiseaseWording {

  /** A sentence that uses disease wording: its span in the text and the terms it uses. */
  record Sentence(int start, int end, List<String> terms) {}

  private final Pattern terms;

  private DiseaseWording(List<String> list) {
    String alternatives =
        list.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.terms =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The list for the language ("en"), or empty when none is maintained for it. */
  static Optional<DiseaseWording> forLanguage(String language) {
    String resource = "compliance/disease-terms-" + language.toLowerCase(Locale.ROOT) + ".txt";
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      List<String> list = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String term = line.strip();
        if (!term.isEmpty() && !term.startsWith("#")) {
          list.add(term);
        }
      }
      return list.isEmpty() ? Optional.empty() : Optional.of(new DiseaseWording(list));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** Each sentence that uses disease wording, in order, with the terms it uses. */
  List<Sentence> sentences(String text) {
    // Same length as the text, so offsets found in it hold for the original.
    Matcher matcher = terms.matcher(text.replace('\u2019', '\''));
    List<Sentence> sentences = new ArrayList<>();
    int currentStart = -1;
    int currentEnd = -1;
    Set<String> found = new LinkedHashSet<>();
    while (matcher.find()) {
      // A term that starts before the current sentence's end is in that sentence (no term holds a
      // full stop), so its bounds are not searched again: each part of the text is scanned once,
      // however many terms it holds.
      if (matcher.start() >= currentEnd) {
        if (currentStart >= 0) {
          sentences.add(new Sentence(currentStart, currentEnd, List.copyOf(found)));
          found.clear();
        }
        currentStart = sentenceStart(text, matcher.start());
        currentEnd = sentenceEnd(text, matcher.end());
      }
      found.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    if (currentStart >= 0) {
      sentences.add(new Sentence(currentStart, currentEnd, List.copyOf(found)));
    }
    return sentences;
  }

  /** Just after the full stop, question or exclamation mark that ends the previous sentence. */
  private static int sentenceStart(String text, int from) {
    for (int i = from - 1; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i)) && endsSentence(text.charAt(i - 1))) {
        int start = i;
        while (start < from && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        return start;
      }
    }
    return 0;
  }

  /** Just after the mark that ends the sentence, or the end of the text. */
  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (endsSentence(text.charAt(i))
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
