package uk.councilperformance.publishing;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The JSON converter the publisher's GraphQL client sends its requests and reads the API's answers with: a request's
 * map written by {@link JsonBytes}, an answer read into plain maps and lists by {@link JsonValues}. They are the values
 * Jackson's default converter gives, without its mapper, which a publish with nothing to do spent half its time
 * loading (docs/performance.md). Only maps: the client asks for nothing else.
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
