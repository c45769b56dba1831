package com.accountgoals.jira.derived.freshness;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.atlassian.event.api.EventPublisher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Keeping a listener registered while the app runs")
class ListenerRegistrationTest {

  @Mock private EventPublisher eventPublisher;

  @Test
  void registersTheListenerOnStartAndUnregistersItOnStop() {
    Object listener = new Object();
    ListenerRegistration registration = new ListenerRegistration(eventPublisher, listener);

    registration.start();
    registration.stop();

    InOrder order = inOrder(eventPublisher);
    order.verify(eventPublisher).register(listener);
    order.verify(eventPublisher).unregister(listener);
    verifyNoMoreInteractions(eventPublisher);
  }
}
