package com.renovare.content.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The maintained English term list and how sentences are found. */
class DiseaseWordingTest {

  private final DiseaseWording english = DiseaseWording.forLanguage("en").orElseThrow();

  @Test
  void eachSentenceWithListedTermsIsOneFindingWithItsSpan() {
    String text = "Zinc is a mineral. It may prevent colds and treat cancer! Eat well.";

    List<DiseaseWording.Sentence> sentences = english.sentences(text);

    assertEquals(1, sentences.size());
    DiseaseWording.Sentence sentence = sentences.get(0);
    assertEquals(
        "It may prevent colds and treat cancer!", text.substring(sentence.start(), sentence.end()));
    assertEquals(List.of("prevent", "treat", "cancer"), sentence.terms());
  }

  @Test
  void termsMatchWholeWordsIgnoringCaseAndApostropheStyle() {
    assertEquals(
        List.of("alzheimer's disease"),
        english.sentences("Linked to Alzheimer’s Disease in one study").get(0).terms());
    assertEquals(List.of("heart disease"), english.sentences("HEART DISEASE").get(0).terms());
    assertTrue(
        english.sentences("A pretreatment step; strokes of luck; diabetic-friendly.").isEmpty());
    assertTrue(english.sentences("Vitamin K2 supports bone health.").isEmpty());
  }

  @Test
  void aSentenceRunsToItsFullStopAndTextWithoutOneIsASingleSentence() {
    String text = "First sentence about osteoporosis. Second about hypertension";
    List<DiseaseWording.Sentence> sentences = english.sentences(text);
    assertEquals(2, sentences.size());
    assertEquals(0, sentences.get(0).start());
    assertEquals("First sentence about osteoporosis.".length(), sentences.get(0).end());
    assertEquals("Second about hypertension", text.substring(sentences.get(1).start()));
  }

  /**
   * Each term's sentence bounds were searched from the term outwards, so a long sentence full of
   * terms cost its length for each of them (minutes for this text); now each part of the text is
   * scanned once. The bound is generous for a loaded machine.
   */
  @Test
  void aLongSentenceFullOfTermsIsScannedOnce() {
    String text = "cure cancer ".repeat(85_000) + "end. Then health.";

    List<DiseaseWording.Sentence> sentences =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> english.sentences(text));

    assertEquals(1, sentences.size());
    assertEquals(0, sentences.get(0).start());
    assertEquals(text.indexOf("end.") + 4, sentences.get(0).end());
    assertEquals(List.of("cure", "cancer"), sentences.get(0).terms());
  }

  @Test
  void aLanguageWithoutAListIsNotScanned() {
    assertTrue(DiseaseWording.forLanguage("de").isEmpty());
  }
}
