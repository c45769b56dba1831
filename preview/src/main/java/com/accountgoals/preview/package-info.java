/**
 * The preview: the app's REST resources (Jersey 2 on embedded Jetty) and its own front end, with
 * AUI, in a Jira-like frame over in-memory demo accounts. Not shipped; for people to look at, for
 * browser tests and for load runs. Entry points: {@link com.accountgoals.preview.Preview#start} and
 * {@link com.accountgoals.preview.Preview#main}.
 */
package com.accountgoals.preview;
