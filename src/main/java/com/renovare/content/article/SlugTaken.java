package com.renovare.content.article;

import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.problem.Problem;
import java.util.List;

/** 409: slugs name articles in URLs, so two articles can never share one. */
public class SlugTaken extends ApiProblem {

  public SlugTaken(String slug) {
    super(
        409,
        "/problems/slug-taken",
        "Slug taken",
        "Another article already has the slug '" + slug + "'.",
        List.of(new Problem.Violation("slug", "is already used by another article")));
  }
}
