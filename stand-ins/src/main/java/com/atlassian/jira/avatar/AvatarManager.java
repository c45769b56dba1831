package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in for Jira's avatar manager ({@code @PublicApi}): the app asks it for the default issue
 * type avatar and creates the icons of its own issue types from images it ships.
 *
 * <p>{@code getDefaultAvatarId(IconType)} and {@code create(String, String, IconType,
 * IconOwningObjectId, InputStream, Selection)} (returning an {@link Avatar}, for an issue type icon
 * read from the plugin's own PNG) as called by a plugin built against jira-api 11.3.6 and 8.20.30
 * (https://github.com/testit-tms/jira-plugin/blob/987b3c2ddddefb934f74172cec5dea543b438d43/src/main/java/testIT/jira/testcase/TestCaseIssueType.java).
 * That {@code create} declares {@code IOException} is inferred, not read from a Javadoc page:
 * public plugin code catches an {@code IOException} around that call alone (a configuration
 * importer that recreates avatars).
 *
 * <p>Jira 7.x Javadoc:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/package-summary.html
 * (AvatarManager an interface) (kind and package; the members are confirmed by the code above).
 */
public interface AvatarManager {

  Long getDefaultAvatarId(IconType iconType);

  Avatar create(
      String fileName,
      String contentType,
      IconType iconType,
      IconOwningObjectId owner,
      InputStream imageData,
      Selection croppingSelection)
      throws IOException;
}
