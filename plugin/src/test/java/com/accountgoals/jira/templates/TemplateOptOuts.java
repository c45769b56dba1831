package com.accountgoals.jira.templates;

import com.accountgoals.jira.testing.JiraEscapingRules;
import com.accountgoals.jira.testing.JiraLikeVelocity;
import java.util.ArrayList;
import java.util.List;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Finds, in a template's syntax tree, every place where Jira would let a value through unescaped by
 * what the template itself says: the directive, a variable's name, or the name of a method or
 * getter it calls (the rules of {@link JiraEscapingRules}). Comments are not in the tree, so a
 * comment that names the directive is not a finding. References are found wherever they stand (also
 * in {@code #set} and in arguments), because a value assigned from a safe method stays safe.
 */
final class TemplateOptOuts {

  /** One opt-out: where it is, the reference (or directive) as written, and what it does. */
  record OptOut(String template, int line, String reference, String why) {
    String key() {
      return template + ": " + reference;
    }

    @Override
    public String toString() {
      return template + ":" + line + ": " + reference + " (" + why + ")";
    }
  }

  private final JiraLikeVelocity velocity;

  TemplateOptOuts(JiraLikeVelocity velocity) {
    this.velocity = velocity;
  }

  List<OptOut> in(String template) {
    List<OptOut> found = new ArrayList<>();
    walk(velocity.syntaxTree(template), template, found);
    return found;
  }

  private static void walk(Node node, String template, List<OptOut> found) {
    String why = optOut(node);
    if (why != null) {
      found.add(new OptOut(template, node.getLine(), written(node), why));
    }
    for (int i = 0; i < node.jjtGetNumChildren(); i++) {
      walk(node.jjtGetChild(i), template, found);
    }
  }

  /** What {@code node} lets through, or null when Jira escapes it. */
  private static String optOut(Node node) {
    if (node instanceof ASTDirective directive
        && JiraEscapingRules.DISABLE_DIRECTIVE.equals(directive.getDirectiveName())) {
      return "turns escaping off for the whole template";
    }
    if (node instanceof ASTReference reference
        && JiraEscapingRules.isSafeVariableName(reference.getRootString())) {
      return "a variable named *html, body, head or xHtmlContent is not escaped";
    }
    if (node instanceof ASTMethod method
        && JiraEscapingRules.isSafeMethodName(method.getMethodName())) {
      return "what a method named *html, render* or getRender* returns is not escaped";
    }
    // A property's identifier sits right under its reference; a method's name sits under the
    // method.
    if (node instanceof ASTIdentifier
        && node.jjtGetParent() instanceof ASTReference
        && JiraEscapingRules.isSafePropertyName(node.getFirstToken().image)) {
      return "its getter is named *html or getRender*, so what it returns is not escaped";
    }
    return null;
  }

  /** The directive, or the whole reference the node belongs to, as the template spells it. */
  private static String written(Node node) {
    if (node instanceof ASTDirective) {
      return "#" + JiraEscapingRules.DISABLE_DIRECTIVE + "()";
    }
    Node reference = node;
    while (!(reference instanceof ASTReference)) {
      reference = reference.jjtGetParent();
    }
    return reference.literal();
  }
}
