package com.accountgoals.jira.rest.error;

import com.accountgoals.core.validation.InvalidValueException;
import java.util.List;

/**
 * A request the API refuses, with its HTTP status, stable code and message; turned into a response
 * by {@link RestProblemMapper}.
 */
public final class RestProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The code of every 404: nothing tells a missing project from one the user may not see. */
  public static final String NOT_FOUND = "not-found";

  static final String NOT_FOUND_KEY = "account-goals.rest.error.not-found";

  private final int status;
  private final String code;
  private final String messageKey;
  private final transient List<Object> arguments;

  private RestProblem(int status, String code, String messageKey, List<?> arguments) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.messageKey = messageKey;
    this.arguments = List.copyOf(arguments);
  }

  /** 400: {@code input} is not what the parameter takes; core's problem says why. */
  public static RestProblem badInput(String code, InvalidValueException problem) {
    return new RestProblem(400, code, problem.messageKey(), problem.arguments());
  }

  /** 400: a parameter the request must carry is missing; {@code messageKey} says which. */
  public static RestProblem missing(String code, String messageKey) {
    return new RestProblem(400, code, messageKey, List.of());
  }

  /** 404: no such project or goal, or none the user may see. */
  public static RestProblem notFound() {
    return new RestProblem(404, NOT_FOUND, NOT_FOUND_KEY, List.of());
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
