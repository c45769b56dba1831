package com.accountgoals.jira.rest.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.accountgoals.core.validation.InvalidValueException;
import com.accountgoals.jira.i18n.MessageTexts;
import java.util.List;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("The REST API's errors, mapped in one place")
class ErrorMappersTest {

  @Mock private MessageTexts texts;

  @Nested
  class Problems {

    @Test
    void aBadInputIsA400WithItsCodeAndCoresReasonInTheUsersLanguage() {
      when(texts.text("account-goals.quarter.error.format", List.of("2026-Q5")))
          .thenReturn("2026-Q5 ist kein Quartal.");
      RestProblem problem =
          RestProblem.badInput(
              "invalid-quarter",
              new InvalidValueException("account-goals.quarter.error.format", "2026-Q5"));

      Response response = new RestProblemMapper(texts).toResponse(problem);

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
      assertThat(response.getEntity())
          .isEqualTo(new ErrorJson("invalid-quarter", "2026-Q5 ist kein Quartal."));
    }

    @Test
    void aMissingParameterIsA400WithItsOwnMessage() {
      when(texts.text("some.key", List.of())).thenReturn("Choose one.");

      Response response =
          new RestProblemMapper(texts).toResponse(RestProblem.missing("invalid-x", "some.key"));

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getEntity()).isEqualTo(new ErrorJson("invalid-x", "Choose one."));
    }

    @Test
    void notFoundIsA404() {
      when(texts.text("account-goals.rest.error.not-found", List.of())).thenReturn("Nothing.");

      Response response = new RestProblemMapper(texts).toResponse(RestProblem.notFound());

      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(response.getEntity()).isEqualTo(new ErrorJson("not-found", "Nothing."));
    }

    @Test
    void aProblemCarriesNoStackTrace() {
      assertThat(RestProblem.notFound().getStackTrace()).isEmpty();
      assertThat(RestProblem.notFound().getMessage()).isEqualTo("not-found");
    }
  }

  @Nested
  class JerseysOwnRefusals {

    @Test
    void anUnknownPathIsTheOne404() {
      when(texts.text("account-goals.rest.error.not-found", List.of())).thenReturn("Nothing.");

      Response response =
          new WebApplicationExceptionMapper(texts).toResponse(new NotFoundException());

      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(response.getEntity()).isEqualTo(new ErrorJson("not-found", "Nothing."));
    }

    @Test
    void unauthorisedAndForbiddenStayAsThePlatformMadeThem() {
      Response unauthorised = Response.status(401).build();
      Response forbidden = Response.status(403).build();
      WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper(texts);

      assertThat(mapper.toResponse(new WebApplicationException(unauthorised)))
          .isSameAs(unauthorised);
      assertThat(mapper.toResponse(new WebApplicationException(forbidden))).isSameAs(forbidden);
    }

    @Test
    void anyOtherRefusalKeepsItsStatusWithAJsonBody() {
      when(texts.text("account-goals.rest.error.refused", List.of(405)))
          .thenReturn("Refused (405).");

      Response response =
          new WebApplicationExceptionMapper(texts).toResponse(new NotAllowedException("GET"));

      assertThat(response.getStatus()).isEqualTo(405);
      assertThat(response.getEntity())
          .isEqualTo(new ErrorJson("request-refused", "Refused (405)."));
    }
  }

  @Nested
  class Failures {

    @Test
    void anythingElseIsA500WithAnIdAndNothingOfTheException() {
      when(texts.text(eq("account-goals.rest.error.internal"), any()))
          .thenAnswer(call -> "Error " + ((List<?>) call.getArgument(1)).get(0));

      Response response =
          new UnexpectedErrorMapper(texts).toResponse(new IllegalStateException("secret"));

      assertThat(response.getStatus()).isEqualTo(500);
      ErrorJson body = (ErrorJson) response.getEntity();
      assertThat(body.code()).isEqualTo("internal-error");
      assertThat(body.message()).matches("Error [0-9a-f-]{36}").doesNotContain("secret");
      assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    }
  }
}
