package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in for a named cluster-wide lock: a {@link Lock} whose {@code newCondition} is not
 * supported. Later beehive versions add members the app does not call.
 *
 * <p>Mirrors
 * https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html.
 */
public interface ClusterLock extends Lock {}
