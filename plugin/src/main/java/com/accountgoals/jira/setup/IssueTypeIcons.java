package com.accountgoals.jira.setup;

import com.accountgoals.jira.catalogue.AppIssueType;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The icons of the app's issue types: the PNG the app ships for each (drawn by {@code
 * tools/IssueTypeIcons.java}), made an issue type avatar in Jira just before setup creates the
 * type, so that Goal and Milestone are told apart from Jira's own types at a glance. Should Jira
 * refuse the image, the type gets Jira's default issue type avatar and setup goes on: an icon is
 * never worth a missing issue type.
 */
final class IssueTypeIcons {

  /** The content type of the shipped icons. */
  static final String CONTENT_TYPE = "image/png";

  /**
   * The owner of an avatar made before its issue type exists, which is when Jira takes an avatar
   * for a new type: no issue type yet. A plugin built against Jira 11.3 and 8.20 does the same (see
   * the stand-in of {@code AvatarManager}); the avatar is then the type's own icon, though Jira's
   * picker lists it under no type.
   */
  static final String NO_OWNER_YET = "0";

  private static final Logger LOG = LoggerFactory.getLogger(IssueTypeIcons.class);

  private final AvatarManager avatarManager;

  IssueTypeIcons(AvatarManager avatarManager) {
    this.avatarManager = avatarManager;
  }

  /** The avatar for a new issue type of {@code type}: its own icon, else Jira's default. */
  Long avatarFor(AppIssueType type) {
    try (InputStream image = IssueTypeIcons.class.getResourceAsStream(type.iconResource())) {
      return avatarManager
          .create(
              type.iconFileName(),
              CONTENT_TYPE,
              IconType.ISSUE_TYPE_ICON_TYPE,
              new IconOwningObjectId(NO_OWNER_YET),
              image,
              null)
          .getId();
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "Jira refused the icon {} of the app's {}: it gets Jira's default issue type avatar",
          type.iconResource(),
          type,
          e);
      return avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
    }
  }
}
