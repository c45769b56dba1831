package com.atlassian.beehive;

/**
 * Stand-in for Atlassian's cluster-wide lock service ({@code @PublicApi}).
 *
 * <p>Mirrors
 * https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * and
 * https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/hazelcast/HazelcastClusterLockService.html.
 * Its locks are not meant to be re-entrant.
 */
public interface ClusterLockService {

  ClusterLock getLockForName(String lockName);
}
