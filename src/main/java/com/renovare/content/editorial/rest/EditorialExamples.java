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

  static final String REVIEWS =
      """
      {"items":[{"articleId":"3f1c2a9e-8d0b-4c1e-9a53-0d2b7c6e4f10","slug":"vitamin-k2-mk7",\
      "title":"Vitamin K2-7 – the little known vitamin with a large impact",\
      "reviewedAt":"2026-11-30","nextReviewDue":"2027-11-30",\
      "reasons":[{"code":"source-broken",\
      "message":"The cited source 'healthline-calcification-types' is broken: HTTP 404.",\
      "citation":"healthline-calcification-types","since":"2026-12-01T09:00:00Z"}],\
      "url":"/v1/editorial/articles/3f1c2a9e-8d0b-4c1e-9a53-0d2b7c6e4f10"}],"next":null}""";
}
