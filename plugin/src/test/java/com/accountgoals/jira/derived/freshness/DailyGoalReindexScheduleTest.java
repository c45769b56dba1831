package com.accountgoals.jira.derived.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@DisplayName("Scheduling the daily re-index")
class DailyGoalReindexScheduleTest {

  @Mock private SchedulerService schedulerService;
  @Mock private DailyGoalReindex job;

  private DailyGoalReindexSchedule schedule;

  @BeforeEach
  void aSchedule() {
    schedule = new DailyGoalReindexSchedule(schedulerService, job);
  }

  @Nested
  @DisplayName("when the app starts")
  class OnStart {

    @Test
    void registersTheJobsRunnerUnderItsKey() {
      schedule.onStart();

      verify(schedulerService)
          .registerJobRunner(JobRunnerKey.of("com.accountgoals.jira.daily-goal-reindex"), job);
    }

    @Test
    void schedulesOneJobRunOncePerClusterAt0005InJirasDefaultZone()
        throws SchedulerServiceException {
      schedule.onStart();

      ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
      verify(schedulerService)
          .scheduleJob(eq(JobId.of("com.accountgoals.jira.daily-goal-reindex")), config.capture());
      assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
      assertThat(config.getValue().getJobRunnerKey())
          .isEqualTo(DailyGoalReindexSchedule.RUNNER_KEY);
      assertThat(config.getValue().getSchedule())
          .isEqualTo(Schedule.forCronExpression("0 5 * * * ?", TimeZone.getTimeZone("UTC")));
    }

    @Test
    void aSchedulerThatRefusesIsLoggedAndNotThrown() throws SchedulerServiceException {
      doThrow(SchedulerServiceException.class).when(schedulerService).scheduleJob(any(), any());

      assertThatCode(schedule::onStart).doesNotThrowAnyException();
    }

    @Test
    void aRunnerThatCannotBeRegisteredIsLoggedAndNotScheduled() throws SchedulerServiceException {
      doThrow(new IllegalStateException("scheduler not started"))
          .when(schedulerService)
          .registerJobRunner(any(), any());

      assertThatCode(schedule::onStart).doesNotThrowAnyException();
      verify(schedulerService, never()).scheduleJob(any(), any());
    }
  }

  @Nested
  @DisplayName("when the app stops")
  class OnStop {

    @Test
    void unregistersTheRunnerAndLeavesTheClusterWideJobScheduled() {
      schedule.onStop();

      verify(schedulerService).unregisterJobRunner(DailyGoalReindexSchedule.RUNNER_KEY);
      org.mockito.Mockito.verifyNoMoreInteractions(schedulerService);
    }

    @Test
    void aFailureIsLoggedAndNotThrown() {
      doThrow(new IllegalStateException("already gone"))
          .when(schedulerService)
          .unregisterJobRunner(any());

      assertThatCode(schedule::onStop).doesNotThrowAnyException();
    }
  }
}
