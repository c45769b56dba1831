package com.atlassian.jira.web.bean;

/**
 * Stand-in for the page a search returns ({@code @PublicApi}, a class): where it starts and how
 * many issues it holds. A value holder, as Jira's is, so that tests and the call-count benchmark
 * can read the page asked for.
 *
 * <p>Mirrors https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html
 * (7.x): constructor {@code (int start, int max)}, {@code getStart()}, {@code getMax()}.
 */
public class PagerFilter<T> {

  private final int start;
  private final int max;

  public PagerFilter(int start, int max) {
    this.start = start;
    this.max = max;
  }

  public int getStart() {
    return start;
  }

  public int getMax() {
    return max;
  }
}
