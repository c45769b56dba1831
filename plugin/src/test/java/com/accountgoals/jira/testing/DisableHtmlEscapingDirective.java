package com.accountgoals.jira.testing;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Jira's {@code #disable_html_escaping()}: a line directive that writes nothing. What it does is
 * done by {@link JiraLikeVelocity}'s escaping handler, which, like velocity-htmlsafe's {@code
 * DisableHtmlEscapingDirectiveHandler}, looks for the directive anywhere in the syntax tree of the
 * template being rendered ({@code Directives.isPresent}) and then escapes nothing in that template,
 * before the directive as well as after it. Mirrors {@code
 * com.atlassian.velocity.htmlsafe.directive.DisableHtmlEscaping} (name, line type, empty render).
 */
public final class DisableHtmlEscapingDirective extends Directive {

  @Override
  public String getName() {
    return JiraEscapingRules.DISABLE_DIRECTIVE;
  }

  @Override
  public int getType() {
    return LINE;
  }

  @Override
  public boolean render(InternalContextAdapter context, Writer writer, Node node) {
    return true;
  }
}
