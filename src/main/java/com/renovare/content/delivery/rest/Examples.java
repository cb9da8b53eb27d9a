package com.renovare.content.delivery.rest;

/** Example bodies for the OpenAPI document, trimmed from real responses. */
final class Examples {

  private Examples() {}

  static final String ARTICLE =
      """
      {"slug":"vitamin-k2-mk7","locale":"en-US","version":1,"publishedAt":"2026-11-30T15:20:23.311Z",\
      "firstPublishedAt":"2026-11-30T15:20:23.311Z",\
      "title":"Vitamin K2-7 – the little known vitamin with a large impact",\
      "topics":["vitamin-k2","bone-health","cardiovascular-health"],\
      "authors":[{"name":"Renovare","type":"organization"}],\
      "sections":[{"key":"key-areas","position":2,"heading":"Three key areas that need K2 (MK7)",\
      "blocks":[{"type":"orderedList","items":[{"text":"Bone – K2 activates a protein called osteocalcin. \
      This protein puts calcium on the bones and requires K2 for the activation of that process.",\
      "citations":["krishnan-vitamin-k2-presentation"],"claims":[{"key":"k2-activates-osteocalcin",\
      "kind":"mechanism","text":"K2 activates a protein called osteocalcin",\
      "citations":["krishnan-vitamin-k2-presentation"],"start":7,"end":48,"disclaimers":["us-fda-dshea"]}]}]}]}],\
      "productLinks":[{"sku":"SAMPLE-K2-MK7-100","section":"key-products","role":"featured","position":1}],\
      "products":[{"sku":"SAMPLE-K2-MK7-100","name":"Sample Vitamin K2 MK-7 100 mcg","brand":"Sample Brand",\
      "url":"https://shop.example/products/sample-k2-mk7-100","status":"active","available":true,"sample":true,\
      "safetyNotes":["vitamin-k-anticoagulants"]}],\
      "citations":[{"key":"krishnan-vitamin-k2-presentation","type":"speech","title":"Vitamin K2 Presentation",\
      "authors":[{"given":"Kiran","family":"Krishnan","affiliation":"Microbiome Labs","position":"Chief Science Officer"}]}],\
      "credits":[{"role":"images","text":"Pictures from Kiran Krishnan Presentation","citation":"krishnan-vitamin-k2-presentation"}],\
      "disclaimers":[{"key":"us-fda-dshea","market":"US","text":"These statements have not been evaluated \
      by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent \
      any disease.","marker":"*","source":"rule","claims":["k2-activates-clotting-factors","k2-activates-osteocalcin"]}],\
      "safetyNotes":[{"key":"vitamin-k-anticoagulants","ingredient":"Vitamin K",\
      "title":"Vitamin K and blood-thinning medicines","text":"Vitamin K can interact with warfarin (Coumadin) \
      and similar anticoagulant (blood-thinning) medicines.","sources":[{"key":"nih-ods-vitamin-k-fact-sheet",\
      "type":"webpage","title":"Vitamin K: Fact Sheet for Health Professionals","authors":[],\
      "url":"https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/"}]}],\
      "review":{"reviewedBy":{"name":"Dr. Jane Example","credentials":"MD"},"reviewedAt":"2026-11-30",\
      "nextReviewDue":"2027-11-30","status":"current"},\
      "links":{"self":"/v1/articles/vitamin-k2-mk7/versions/1","current":"/v1/articles/vitamin-k2-mk7",\
      "versions":"/v1/articles/vitamin-k2-mk7/versions"}}""";

  static final String ARTICLE_LD =
      """
      {"@context":"https://schema.org","@type":"MedicalWebPage","identifier":"vitamin-k2-mk7",\
      "version":1,"headline":"Vitamin K2-7 – the little known vitamin with a large impact",\
      "name":"Vitamin K2-7 – the little known vitamin with a large impact","inLanguage":"en-US",\
      "datePublished":"2026-11-30T15:20:23.311Z","dateModified":"2026-11-30T15:20:23.311Z",\
      "keywords":"vitamin-k2, bone-health, cardiovascular-health",\
      "author":[{"@type":"Organization","name":"Renovare"}],\
      "reviewedBy":{"@type":"Person","name":"Dr. Jane Example",\
      "hasCredential":{"@type":"EducationalOccupationalCredential","name":"MD"}},\
      "lastReviewed":"2026-11-30",\
      "citation":[{"@type":"WebPage","name":"Calcification: Types, Causes & Diagnosis",\
      "url":"https://www.healthline.com/health/calcification#types",\
      "isPartOf":{"@type":"CreativeWork","name":"Healthline"}}],\
      "mentions":[{"@type":["Product","DietarySupplement"],"name":"Sample Vitamin K2 MK-7 100 mcg",\
      "sku":"SAMPLE-K2-MK7-100","brand":{"@type":"Brand","name":"Sample Brand"},\
      "url":"https://shop.example/products/sample-k2-mk7-100",\
      "activeIngredient":"Vitamin K2 (as menaquinone-7)"}]}""";

  static final String ARTICLE_LIST =
"""
      {"items":[{"slug":"vitamin-k2-mk7","locale":"en-US",\
      "title":"Vitamin K2-7 – the little known vitamin with a large impact",\
      "summary":"Why vitamin K2 (MK7) matters for the liver, for bones and for keeping calcium out of soft tissues, \
and where calcification can form when it runs short.",\
      "topics":["vitamin-k2","bone-health","cardiovascular-health"],"version":1,\
      "publishedAt":"2026-11-25T16:40:00Z","firstPublishedAt":"2026-11-25T16:40:00Z",\
      "url":"/v1/articles/vitamin-k2-mk7"}],"next":null}""";

  static final String VERSION_LIST =
      """
      {"items":[{"version":1,"publishedAt":"2026-11-25T16:40:00Z","publishedBy":"Renovare seed bundle",\
      "changeNote":"First publication from the seed bundle.",\
      "url":"/v1/articles/vitamin-k2-mk7/versions/1"}],"next":null}""";

  static final String SECTION =
      """
      {"article":{"slug":"vitamin-k2-mk7","locale":"en-US",\
      "title":"Vitamin K2-7 – the little known vitamin with a large impact","version":1,\
      "publishedAt":"2026-11-25T16:40:00Z","url":"/v1/articles/vitamin-k2-mk7/versions/1"},\
      "section":{"key":"liver","position":3,"heading":"The Liver: Top-Priority in Vitamin K2 Utilization",\
      "blocks":[{"type":"paragraph","text":"The liver takes first priority in Vitamin K2 utilization.",\
      "citations":["krishnan-vitamin-k2-presentation"]}]},"productLinks":[],"products":[],\
      "citations":[{"key":"krishnan-vitamin-k2-presentation","type":"speech","title":"Vitamin K2 Presentation",\
      "authors":[{"given":"Kiran","family":"Krishnan","affiliation":"Microbiome Labs","position":"Chief Science Officer"}]}]}""";

  static final String SAFETY_NOTE =
      """
      {"key":"vitamin-k-anticoagulants","ingredient":"Vitamin K",\
      "title":"Vitamin K and blood-thinning medicines",\
      "text":"Vitamin K can interact with warfarin (Coumadin) and similar anticoagulant (blood-thinning) \
      medicines. People who take one need a steady, consistent vitamin K intake, so talk to your \
      healthcare provider before you start, stop or change a vitamin K supplement.",\
      "sources":[{"key":"nih-ods-vitamin-k-fact-sheet","type":"webpage",\
      "title":"Vitamin K: Fact Sheet for Health Professionals","authors":[],\
      "publisher":"National Institutes of Health","containerTitle":"NIH Office of Dietary Supplements",\
      "url":"https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/"}]}""";

  static final String PRODUCT =
      """
      {"sku":"SAMPLE-K2-MK7-100","name":"Sample Vitamin K2 MK-7 100 mcg","brand":"Sample Brand",\
      "url":"https://shop.example/products/sample-k2-mk7-100",\
      "activeIngredient":{"name":"Vitamin K2 (as menaquinone-7)","amountPerServing":{"value":100,"unit":"mcg"}},\
      "servingSize":"1 capsule","status":"active","available":true,"sample":true,\
      "safetyNotes":["""
          + SAFETY_NOTE
          + "]}";

  static final String PRODUCT_ARTICLES =
      """
      {"items":[{"article":{"slug":"vitamin-k2-mk7","locale":"en-US",\
      "title":"Vitamin K2-7 – the little known vitamin with a large impact","topics":["vitamin-k2"],\
      "version":1,"publishedAt":"2026-11-25T16:40:00Z","firstPublishedAt":"2026-11-25T16:40:00Z",\
      "url":"/v1/articles/vitamin-k2-mk7"},"links":[{"section":"key-products","role":"featured"}]}],"next":null}""";

  static final String CITATION =
      """
      {"key":"healthline-calcification-types","type":"webpage",\
      "title":"Calcification: Types, Causes & Diagnosis","authors":[],"containerTitle":"Healthline",\
      "url":"https://www.healthline.com/health/calcification#types","accessed":"2026-11-25",\
      "linkHealth":{"state":"ok","httpStatus":200,\
      "finalUrl":"https://www.healthline.com/health/calcification","checkedAt":"2026-11-30T03:00:12.418Z",\
      "contentHash":"5d41a0c7e1f2b3a49c8e7d6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b",\
      "contentChangedAt":"2026-11-28T03:00:09.102Z"}}""";

  static final String BROKEN_CITATION =
      """
      {"key":"example-vitamin-k-review","type":"webpage","title":"Vitamin K: a review",\
      "authors":[],"url":"https://example.org/reviews/vitamin-k","accessed":"2026-10-02",\
      "linkHealth":{"state":"broken","httpStatus":404,"finalUrl":"https://example.org/reviews/vitamin-k",\
      "checkedAt":"2026-11-30T03:00:12.904Z",\
      "contentHash":"0b7f3e2d1c4a5b6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6",\
      "error":"http-error"}}""";

  /** Citations as an article lists them: without the link check, which is per citation. */
  static final String CITATION_LIST =
      """
      {"items":[{"key":"healthline-calcification-types","type":"webpage",\
      "title":"Calcification: Types, Causes & Diagnosis","authors":[],"containerTitle":"Healthline",\
      "url":"https://www.healthline.com/health/calcification#types","accessed":"2026-11-25"}]}""";

  static final String CSL_ITEM =
      """
      {"id":"healthline-calcification-types","type":"webpage",\
      "title":"Calcification: Types, Causes & Diagnosis","container-title":"Healthline",\
      "URL":"https://www.healthline.com/health/calcification#types",\
      "accessed":{"date-parts":[[2026,11,25]]}}""";

  static final String CSL_ITEMS = "[" + CSL_ITEM + "]";
}
