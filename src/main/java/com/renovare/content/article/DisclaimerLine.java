package com.renovare.content.article;

import jakarta.persistence.Embeddable;

/** Row form of a {@link Disclaimer}. */
@Embeddable
class DisclaimerLine {

  private String market;
  private String text;

  protected DisclaimerLine() {}

  static DisclaimerLine of(Disclaimer disclaimer) {
    DisclaimerLine line = new DisclaimerLine();
    line.market = disclaimer.market();
    line.text = disclaimer.text();
    return line;
  }

  Disclaimer toDisclaimer() {
    return new Disclaimer(market, text);
  }
}
