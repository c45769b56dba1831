package com.accountgoals.benchmarks;

import com.accountgoals.core.fixtures.GeneratedAccounts;
import com.accountgoals.core.fixtures.SampleAccount;
import com.accountgoals.core.goal.Goal;
import com.accountgoals.core.goal.Readings;
import com.accountgoals.core.plan.Action;
import com.accountgoals.core.port.AccountRows;
import com.accountgoals.core.qbr.QbrBoard;
import com.accountgoals.core.qbr.QbrBoards;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The QBR board over generated accounts of 1 000, 10 000 and 100 000 goals and milestones (plus one
 * action per ten goals), against a baseline that reads the same rows once and sums one number. The
 * ratio of the two says how much the board's rules cost over merely touching the rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1)
public class BoardBenchmark {

  @Param({"1000", "10000", "100000"})
  public int rows;

  private SampleAccount account;
  private AccountRows accountRows;

  @Setup(Level.Trial)
  public void generate() {
    account = GeneratedAccounts.generate(rows, rows / 10, 42);
    accountRows = account.rows();
  }

  /** The whole board: counts, outcomes, health, lights, KPIs, findings, plan, roll-up. */
  @Benchmark
  public QbrBoard board() {
    return QbrBoards.build(
        account.project(), accountRows, account.currentQuarter(), account.today());
  }

  /** The floor: every row read once, one number summed. */
  @Benchmark
  public double baselineScan() {
    double sum = 0;
    for (Goal goal : accountRows.goals()) {
      Readings readings = goal.metric().readings();
      if (!readings.isEmpty()) {
        sum += readings.valueAt(readings.size() - 1);
      }
    }
    for (Action action : accountRows.actions()) {
      if (action.isOpen()) {
        sum += 1;
      }
    }
    return sum;
  }
}
