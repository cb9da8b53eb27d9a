package com.renovare.content.editorial.rest;

/** Example bodies of editorial responses for the OpenAPI document, trimmed from real responses. */
final class EditorialExamples {

  private EditorialExamples() {}

  static final String COMPLIANCE =
      """
      {"markets":[{"market":"US","policy":"warn","outcome":"warnings",\
      "disclaimers":[{"key":"us-fda-dshea","market":"US",\
      "text":"These statements have not been evaluated by the Food and Drug Administration. \
      This product is not intended to diagnose, treat, cure, or prevent any disease.",\
      "marker":"*","claims":["k2-activates-clotting-factors","k2-activates-osteocalcin"]}],\
      "findings":[{"code":"disease-wording","field":"sections[0].blocks[1].text",\
      "section":"introduction","block":1,"start":0,"end":243,\
      "text":"Heart disease, various forms of cancer, diabetes, …",\
      "terms":["heart disease","cancer","diabetes","neuropathy","neurodegenerative diseases"],\
      "message":"This sentence uses disease wording (heart disease, cancer, diabetes, neuropathy, \
      neurodegenerative diseases). Make sure it does not say or suggest that a product diagnoses, \
      treats, cures, mitigates or prevents a disease."}]}]}""";

  /** Placeholder until replaced by a trimmed real response. */
  static final String IMPORT = "{}";
}
