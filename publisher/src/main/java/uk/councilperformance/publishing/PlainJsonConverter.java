package uk.councilperformance.publishing;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import uk.councilperformance.json.JsonBytes;

/**
 * JSON as Spring's message converters see it, without Jackson: a map written by {@link JsonBytes}, read into plain maps
 * and lists by {@link JsonValues}, the values Jackson's default converter gives. The publisher's GraphQL client is
 * given it (SiteTransport) so that it does not make Jackson's mapper for itself; JsonValuesTest compares it with
 * Jackson's converter. Only maps: nothing else is asked of it.
 */
final class PlainJsonConverter extends AbstractHttpMessageConverter<Object> {

    PlainJsonConverter() {
        // The API answers application/graphql-response+json, which application/*+json includes.
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Map.class.isAssignableFrom(type);
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        Object value;
        try {
            value = JsonValues.read(input.getBody().readAllBytes());
        } catch (JsonValues.Malformed e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, input);
        }
        if (!(value instanceof Map)) {
            throw new HttpMessageNotReadableException("the answer is not a JSON object", input);
        }
        return value;
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
        output.getBody().write(JsonBytes.of(value));
    }
}
