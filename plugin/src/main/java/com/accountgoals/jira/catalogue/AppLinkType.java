package com.accountgoals.jira.catalogue;

/**
 * The issue link type for alignment: a milestone supports its business goal, a business goal a
 * relationship goal or the vision, an individual's goal a team's, a team's the company's (also
 * across projects), an action a goal. The outward direction is "supports".
 */
public final class AppLinkType {

  /** The i18n key of the link type's name, as created in Jira. */
  public static final String NAME_KEY = "account-goals.linktype.name";

  /** The i18n key of the outward description, "supports". */
  public static final String OUTWARD_KEY = "account-goals.linktype.outward";

  /** The i18n key of the inward description, "is supported by". */
  public static final String INWARD_KEY = "account-goals.linktype.inward";

  private AppLinkType() {}
}
