package uk.councilperformance.publishing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * Template filters for wording that belongs in Java: {{ date | longDate }}, {{ status | statusLabel }},
 * {{ status | statusColour }}, {{ field | fieldLabel }}. Their output is escaped like any other value.
 */
final class SiteFilters extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("longDate", filter(Words::longDate), "statusLabel", filter(Words::status),
                "statusColour", filter(Words::colour), "fieldLabel", filter(Words::field));
    }

    private static Filter filter(Function<String, String> words) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int lineNumber) {
                return input == null ? null : words.apply(input.toString());
            }
        };
    }
}
