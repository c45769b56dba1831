package com.accountgoals.standinchecks.ledger;

import java.util.Comparator;
import java.util.List;

/**
 * What a stand-in's bytecode declares for one type or member: everything that decides whether the
 * app links against Jira's real class. The type itself is the member {@code <type>}, and its
 * descriptor names its supertypes.
 *
 * <p>Part of {@code stand-ins-checks}, not a stand-in: it mirrors no Atlassian type or member, so
 * it has no Atlassian page to cite. The pages each stand-in member was checked against are in
 * {@code stand-ins/LEDGER.tsv}.
 *
 * @param type the binary name, such as {@code com.atlassian.jira.issue.Issue}
 * @param member {@code <type>}, {@code <init>}, or the field's or method's name
 * @param descriptor the JVM descriptor; for {@code <type>}, its supertypes
 * @param access visibility, modifiers and kind, such as {@code public abstract method}
 * @param signature the generic signature, or {@code -}
 * @param constant a static final field's compile-time value, which is copied into the app, or
 *     {@code -}
 */
public record Declaration(
    String type,
    String member,
    String descriptor,
    String access,
    String signature,
    String constant) {

  static final String TYPE = "<type>";
  static final String NONE = "-";

  /** The ledger's order: by type; the type first, then fields, constructors and methods. */
  static final Comparator<Declaration> ORDER =
      Comparator.comparing(Declaration::type)
          .thenComparingInt(Declaration::rank)
          .thenComparing(Declaration::member)
          .thenComparing(Declaration::descriptor);

  /** Type, member and descriptor: how a reader finds the line again. */
  String identity() {
    return type + "#" + member + " " + descriptor;
  }

  /** The columns after the identity, as the diff prints them. */
  String details() {
    return String.join("  ", List.of(access, "signature " + signature, "constant " + constant));
  }

  private int rank() {
    if (member.equals(TYPE)) {
      return 0;
    }
    if (access.endsWith(" field")) {
      return 1;
    }
    return member.equals("<init>") ? 2 : 3;
  }
}
