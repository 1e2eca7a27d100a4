package uk.councilperformance.publishing;

import java.util.List;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.StringUtils;

/**
 * Every {{ value }} is still escaped by Pebble's autoescaper, which wraps it in its "escape" filter as a template is
 * compiled. This pass then swaps each such filter that names no strategy (the default, "html") for one step that does
 * exactly what the filter does: a value that is null or already safe passes, anything else becomes escaped text
 * (HtmlText). The filter call around it looked the filter up, built a map of its arguments and looked the strategy up
 * again for every value on every page: a quarter of the time spent rendering a national site. An escape with a
 * strategy of its own is left to Pebble; so is everything, should a later Pebble wrap values some other way (nothing
 * is swapped, and its filter escapes them as before).
 */
final class EscapedPrint extends AbstractExtension {

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(template -> new Swap((PebbleTemplateImpl) template));
    }

    /** Runs after the autoescaper (user extensions' passes come after Pebble's own). */
    private static final class Swap extends AbstractNodeVisitor {

        Swap(PebbleTemplateImpl template) {
            super(template);
        }

        @Override
        public void visit(PrintNode node) {
            if (node.getExpression() instanceof TernaryExpression ternary) {
                ternary.setExpression2(swapped(ternary.getExpression2()));
                ternary.setExpression3(swapped(ternary.getExpression3()));
            } else {
                node.setExpression(swapped(node.getExpression()));
            }
        }

        private static Expression<?> swapped(Expression<?> expression) {
            if (expression instanceof FilterExpression filter
                    && filter.getRightExpression() instanceof FilterInvocationExpression invocation
                    && "escape".equals(invocation.getFilterName()) && noArguments(invocation.getArgs())) {
                return new Escaped(filter.getLeftExpression());
            }
            return expression;
        }

        private static boolean noArguments(ArgumentsNode args) {
            return args == null || (isEmpty(args.getNamedArgs()) && isEmpty(args.getPositionalArgs()));
        }

        private static boolean isEmpty(List<?> list) {
            return list == null || list.isEmpty();
        }
    }

    /** What EscapeFilter.apply does with the default strategy, without the filter call around it. */
    static final class Escaped implements Expression<Object> {

        private final Expression<?> value;

        Escaped(Expression<?> value) {
            this.value = value;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object result = value.evaluate(self, context);
            if (result == null || result instanceof SafeString) {
                return result;
            }
            return new SafeString(HtmlText.escape(StringUtils.toString(result)));
        }

        @Override
        public int getLineNumber() {
            return value.getLineNumber();
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
