package com.accountgoals.jira.catalogue;

import java.util.Locale;

/** The issue types the app adds: goals at every level above milestones, and milestones. */
public enum AppIssueType {
  /** A vision, relationship or business goal; its level is the goal-level field. */
  GOAL,
  /** A point on a business goal's way to its target. */
  MILESTONE;

  /** The i18n key of the type's name, as created in Jira. */
  public String nameKey() {
    return "account-goals.issuetype." + name().toLowerCase(Locale.ROOT) + ".name";
  }

  /** The file name of the type's icon, as Jira keeps it: {@code goal.png}. */
  public String iconFileName() {
    return name().toLowerCase(Locale.ROOT) + ".png";
  }

  /** Where the app ships the type's icon, on its class path. */
  public String iconResource() {
    return "/images/issuetypes/" + iconFileName();
  }

  /** The i18n key of the type's description, as created in Jira. */
  public String descriptionKey() {
    return "account-goals.issuetype." + name().toLowerCase(Locale.ROOT) + ".description";
  }
}
