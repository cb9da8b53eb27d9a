package com.renovare.content.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The report of one import, collected as the readers go. */
final class ImportReport {

  private final List<ImportNote> entries = new ArrayList<>();

  void add(ImportNote.Position at, String kind, String message, String text) {
    entries.add(new ImportNote(at, kind, message, text));
  }

  /**
   * The entries in source order (those about the whole post last), at most {@code max}, the last
   * one then saying how many were left out.
   */
  List<ImportNote> list(int max) {
    List<ImportNote> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(
            ImportNote::position,
            Comparator.nullsLast(
                Comparator.comparingInt(ImportNote.Position::line)
                    .thenComparingInt(ImportNote.Position::column))));
    if (sorted.size() <= max) {
      return List.copyOf(sorted);
    }
    List<ImportNote> kept = new ArrayList<>(sorted.subList(0, max - 1));
    kept.add(
        new ImportNote(
            null,
            "reportTruncated",
            (sorted.size() - max + 1) + " more entries were left out of this report.",
            null));
    return List.copyOf(kept);
  }

  int size() {
    return entries.size();
  }
}
