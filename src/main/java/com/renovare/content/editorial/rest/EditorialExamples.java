package com.renovare.content.editorial.rest;

/** Example bodies of editorial responses for the OpenAPI document, trimmed from real responses. */
final class EditorialExamples {

  private EditorialExamples() {}

  static final String COMPLIANCE =
      """
      {"markets":[{"market":"US","policy":"warn","outcome":"warnings",\
      "disclaimers":[{"key":"us-fda-dshea","market":"US",\
      "text":"This statement has not been evaluated by the Food and Drug Administration. \
      This product is not intended to diagnose, treat, cure, or prevent any disease.",\
      "marker":"*","claims":["magnesium-muscle-function"]}],\
      "findings":[{"code":"disease-wording","field":"sections[0].blocks[0].text",\
      "section":"introduction","block":0,"start":43,"end":74,\
      "text":"Some claim it treats migraines.","terms":["treats"],\
      "message":"This sentence uses disease wording (treats). Make sure it does not say or suggest \
      that a product diagnoses, treats, cures, mitigates or prevents a disease."}]}]}""";

  static final String REVIEWS =
      """
      {"items":[{"articleId":"787287ab-3547-45fd-b097-ec585e1dbf72","slug":"vitamin-k2-mk7",\
      "title":"Vitamin K2-7 – the little known vitamin with a large impact",\
      "reviewedAt":"2026-11-30","nextReviewDue":"2027-11-30",\
      "reasons":[{"code":"source-broken",\
      "message":"The cited source 'healthline-calcification-types' is broken: \
      the host www.healthline.com does not resolve.",\
      "citation":"healthline-calcification-types","since":"2026-11-30T15:21:20.028Z"}],\
      "url":"/v1/editorial/articles/787287ab-3547-45fd-b097-ec585e1dbf72"}],"next":null}""";
}
