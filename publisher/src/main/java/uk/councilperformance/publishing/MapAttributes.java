package uk.councilperformance.publishing;

import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

/**
 * {{ row.name }} on a map (the API's answers and the page models are maps) read straight from the map. Pebble's own
 * resolver first looks for a cached Java member of that name, which for a map is never there: a key object, a hash of
 * the argument types and a concurrent-map lookup for every value on every page. The answer is the same: a missing key
 * is an error, as Pebble's strict variables make it. Anything else (lists, records, method calls, numeric keys) goes
 * on to Pebble's resolver.
 */
final class MapAttributes extends AbstractExtension implements AttributeResolver {

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(this);
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (!(instance instanceof Map<?, ?> map) || argumentValues != null || !(attributeName instanceof String key)) {
            return null;
        }
        Object value = map.get(key);
        if (value == null && context.isStrictVariables() && !map.containsKey(key)) {
            throw new AttributeNotFoundException(null, String.format(
                    "Attribute [%s] of [%s] does not exist or can not be accessed and strict variables is set to true.",
                    key, map.getClass().getName()), key, lineNumber, filename);
        }
        return new ResolvedAttribute(value);
    }
}
