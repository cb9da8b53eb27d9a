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

  /** The import of the seed post in dev mode, lists and sections trimmed. */
  static final String IMPORT =
      """
      {"draft":{"id":"7cdaeec3-54d8-4e2a-805c-3652efe77b5c","status":"draft","publishedVersion":0,\
      "createdAt":"2026-11-30T15:19:23.437Z","updatedAt":"2026-11-30T15:19:23.437Z","links":{"self":"/v1/editorial/articles/7cdaeec3-54d8-4e2a-805c-3652efe77b5c",\
      "preview":"/v1/editorial/articles/7cdaeec3-54d8-4e2a-805c-3652efe77b5c/preview","versions":"/v1/editorial/articles/7cdaeec3-54d8-4e2a-805c-3652efe77b5c/versions",\
      "delivery":"/v1/articles/vitamin-k2-7-the-little-known-vitamin-with-a-large-impact"},\
      "content":{"slug":"vitamin-k2-7-the-little-known-vitamin-with-a-large-impact","locale":"en-US",\
      "title":"Vitamin K2-7 – the little known vitamin with a large impact","topics":[],\
      "authors":[],"sections":[{"key":"introduction","blocks":[{"type":"paragraph","text":"Vitamin K2 (MK7 version) (also called Menaquinone or MK7 ) is a vitamin produced by intestinal bacteria and also derived from natto and other fermented cheeses.",\
      "citations":[]}]},{"key":"three-key-areas-that-need-k2-mk7","heading":"Three key areas that need K2 (MK7)",\
      "blocks":[{"type":"orderedList","items":[{"text":"Liver: K2 activates the clotting factors to facilitate the clotting cascade can then develop a formal blood clot.",\
      "citations":[]}]}]},{"key":"key-products-we-carry-at-renovare-that-support-vitamin-k2-7",\
      "heading":"Key Products we carry at Renovare that support Vitamin K2-7","blocks":[]}],\
      "productLinks":[],"citations":["krishnan-vitamin-k2-presentation","healthline-calcification-types"],\
      "credits":[{"role":"information","text":"Information from Kiran Krishnan – Chief Science Officer of Microbiome Labs,\
       Vitamin K2 Presentation.","citation":"krishnan-vitamin-k2-presentation"},{"role":"images",\
      "text":"Pictures from Kiran Krishnan Presentation","citation":"krishnan-vitamin-k2-presentation"}],\
      "disclaimers":[]}},"report":[{"position":{"line":13,"column":1},"kind":"whitespaceLineDropped",\
      "message":"A line holding only non-breaking or other invisible spaces was dropped.",\
      "text":" "},{"position":{"line":7,"column":1},"kind":"headingGuessed","message":"A short line without closing punctuation,\
       followed by more text, was read as a section heading.","text":"Three key areas that need K2 (MK7)"},\
      {"position":{"line":16,"column":3},"kind":"headingGuessed","message":"A lone numbered line followed by paragraphs was read as a section heading; its number '1.' was dropped.",\
      "text":"The Liver: Top-Priority in Vitamin K2 Utilization"},{"position":{"line":44,\
      "column":1},"kind":"creditCreated","message":"Read as a credit for the information,\
       naming the speech 'Vitamin K2 Presentation' by given name 'Kiran', family name 'Krishnan',\
       position 'Chief Science Officer', affiliation 'Microbiome Labs'.","text":"Information from Kiran Krishnan – Chief Science Officer of Microbiome Labs,\
       Vitamin K2 Presentation."},{"position":{"line":46,"column":1},"kind":"creditCreated",\
      "message":"Read as a credit for the images, naming the same source as an earlier credit line: 'Vitamin K2 Presentation'.",\
      "text":"Pictures from Kiran Krishnan Presentation"},{"position":{"line":44,"column":1},\
      "kind":"citationLinked","message":"The source named by the credit line is the catalogue citation 'krishnan-vitamin-k2-presentation' (the same title); it was linked,\
       not copied.","text":"Information from Kiran Krishnan – Chief Science Officer of Microbiome Labs,\
       Vitamin K2 Presentation."},{"position":{"line":48,"column":1},"kind":"citationLinked",\
      "message":"The source named by a source URL at the end of the post is the catalogue citation 'healthline-calcification-types' (the same web address); it was linked,\
       not copied.","text":"https://www.healthline.com/health/calcification#types"}]}""";

  // Request bodies: each is one an editor could send as is.

  static final String ARTICLE_CONTENT =
      """
      {"slug":"magnesium-and-sleep","locale":"en-US","title":"Magnesium and sleep",\
      "summary":"What the studies say about magnesium and how well you sleep.",\
      "topics":["magnesium","sleep"],"authors":[{"name":"Renovare Editorial Team","type":"organization"}],\
      "sections":[{"key":"introduction","heading":"Introduction","blocks":[{"type":"paragraph",\
      "text":"Magnesium contributes to normal muscle function.",\
      "citations":["efsa-magnesium-2010"]}]}],\
      "productLinks":[{"sku":"SAMPLE-MG-GLYCINATE-120","section":"introduction","role":"featured"}],\
      "citations":["efsa-magnesium-2010"],"disclaimers":[]}""";

  static final String PUBLISH =
      """
      {"changeNote":"Corrected the dosage in the key-products section."}""";

  static final String SCHEDULE =
      """
      {"publishAt":"2026-12-01T08:00:00Z","changeNote":"Published with the December newsletter."}""";

  static final String REDACT =
      """
      {"version":"2","reason":"Legal takedown: court order of 2026-11-30."}""";

  static final String REVERT =
      """
      {"version":1}""";

  static final String TOKEN_REQUEST =
      """
      {"name":"storefront-editor","roles":["editor"],"expiresAt":"2027-06-30T00:00:00Z"}""";

  static final String PARTNER_KEY_REQUEST =
      """
      {"name":"acme-mobile-app","tier":"standard","expiresAt":"2027-06-30T00:00:00Z"}""";

  static final String CITATION =
      """
      {"key":"healthline-calcification-types","type":"webpage",\
      "title":"Calcification: Types, Causes, and Treatment","authors":[{"literal":"Healthline Editorial Team"}],\
      "containerTitle":"Healthline","issued":"2021-05",\
      "url":"https://www.healthline.com/health/calcification","accessed":"2026-11-25"}""";

  static final String PRODUCTS =
      """
      {"items":[{"sku":"SAMPLE-K2-MK7-100","name":"Vitamin K2 MK-7 100 mcg","brand":"Renovare",\
      "url":"https://shop.example/products/vitamin-k2-mk7-100",\
      "activeIngredient":{"name":"Vitamin K2 (as menaquinone-7)","amount":100,"unit":"mcg"},\
      "servingSize":"1 capsule","status":"active","sample":true}]}""";

  static final String SAFETY_NOTE =
      """
      {"key":"vitamin-k-anticoagulants","ingredient":"Vitamin K","terms":["vitamin k","menaquinone"],\
      "title":"Vitamin K and blood thinners",\
      "text":"Vitamin K can weaken the effect of warfarin and similar anticoagulants. \
      Talk to your doctor before taking it if you use one.",\
      "citations":["healthline-calcification-types"]}""";

  static final String WEBHOOK_REQUEST =
      """
      {"url":"https://partner.example/hooks/renovare",\
      "events":["article.published","article.updated"],\
      "description":"Storefront cache purge","active":true}""";
}
