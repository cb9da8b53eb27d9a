package com.renovare.content.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: an editorial resource whose methods, one for every HTTP method, forgot their role. It
 * exists only in the test build, is hidden from the contract, and shows that such an operation is
 * refused to every caller ({@link Api5FunctionLevelAuthorizationTest}) and caught by the role rule
 * of {@code ArchitectureTest}, which imports the main classes only.
 */
@Path(RoleLessEditorialResource.PATH)
public class RoleLessEditorialResource {

  static final String PATH = "/v1/editorial/test-only/role-less";

  /** How often any of its methods ran; a refused call never reaches one. */
  static final AtomicInteger CALLS = new AtomicInteger();

  @GET
  @Operation(hidden = true)
  public String get() {
    return served();
  }

  @POST
  @Operation(hidden = true)
  public String post() {
    return served();
  }

  @PUT
  @Operation(hidden = true)
  public String put() {
    return served();
  }

  @PATCH
  @Operation(hidden = true)
  public String patch() {
    return served();
  }

  @DELETE
  @Operation(hidden = true)
  public String delete() {
    return served();
  }

  @HEAD
  @Operation(hidden = true)
  public void head() {
    served();
  }

  @OPTIONS
  @Operation(hidden = true)
  public String options() {
    return served();
  }

  private static String served() {
    CALLS.incrementAndGet();
    return "served without a role";
  }
}
