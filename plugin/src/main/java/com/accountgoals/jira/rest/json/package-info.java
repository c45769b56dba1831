/**
 * The JSON parts the board and the goal panel share: Jackson 2 records kept apart from core's
 * types, with numbers as JSON numbers, days as ISO dates, enums as their constant names and user
 * text as plain text (the client escapes it), never text formatted on the server.
 */
package com.accountgoals.jira.rest.json;
