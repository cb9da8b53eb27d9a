package com.renovare.content.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role an editorial resource method (or every method of a class) needs: callers need a bearer
 * token whose role includes this one. Enforced by {@link BearerAuthentication} before the method
 * runs, which refuses an editorial method without this annotation to every caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {
  Role value();
}
