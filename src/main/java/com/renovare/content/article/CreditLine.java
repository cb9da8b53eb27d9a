package com.renovare.content.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row form of a {@link Credit}. */
@Embeddable
class CreditLine {

  private String role;
  private String text;

  @Column(name = "citation_key")
  private String citationKey;

  protected CreditLine() {}

  static CreditLine of(Credit credit) {
    CreditLine line = new CreditLine();
    line.role = credit.role();
    line.text = credit.text();
    line.citationKey = credit.citation();
    return line;
  }

  Credit toCredit() {
    return new Credit(role, text, citationKey);
  }
}
