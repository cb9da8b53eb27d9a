package com.renovare.content.imports;

import java.util.ArrayList;
import java.util.List;

/** The report of one import, collected as the readers go. */
final class Notes {

  private final List<ImportNote> entries = new ArrayList<>();

  void add(ImportNote.Position at, String kind, String message, String text) {
    entries.add(new ImportNote(at, kind, message, text));
  }

  /** The entries, at most {@code max}, the last one saying how many were left out. */
  List<ImportNote> list(int max) {
    if (entries.size() <= max) {
      return List.copyOf(entries);
    }
    List<ImportNote> kept = new ArrayList<>(entries.subList(0, max - 1));
    kept.add(
        new ImportNote(
            null,
            "reportTruncated",
            (entries.size() - max + 1) + " more entries were left out of this report.",
            null));
    return List.copyOf(kept);
  }

  int size() {
    return entries.size();
  }
}
