package uk.councilperformance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;

import uk.councilperformance.json.JsonBytes;

/**
 * Writes the API's answers as JSON with JsonBytes rather than with Jackson. graphql-java's results are plain maps,
 * lists, text, numbers, true, false and null, and Jackson's look-up of a serializer for every value was a tenth of the
 * API's CPU while it answered a national publish. The bytes are those the Jackson converter after it gives
 * (AnswerJsonTest compares them over real answers); an answer holding any other kind of value is given to that
 * converter whole. It reads nothing: requests are still read by the converters after it.
 */
final class AnswerJsonConverter extends AbstractHttpMessageConverter<Object> {

    private final HttpMessageConverter<Object> jackson;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong handedOn = new AtomicLong();

    private AnswerJsonConverter(HttpMessageConverter<Object> jackson) {
        super(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON);
        this.jackson = jackson;
    }

    /** Puts a converter first that writes maps as the first converter able to write answers would, if there is one. */
    @SuppressWarnings("unchecked")
    static void putFirst(List<HttpMessageConverter<?>> converters) {
        converters.stream().filter(c -> c.canWrite(java.util.LinkedHashMap.class, MediaType.APPLICATION_GRAPHQL_RESPONSE))
                .findFirst().ifPresent(c -> converters.add(0, new AnswerJsonConverter((HttpMessageConverter<Object>) c)));
    }

    /** How many answers it has written. */
    long written() {
        return written.get();
    }

    /** How many answers held a value JsonBytes does not write, and went to the converter after it. */
    long handedOn() {
        return handedOn.get();
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Map.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new UnsupportedOperationException("AnswerJsonConverter only writes");
    }

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        written.incrementAndGet();
        try {
            JsonBytes.answer(answer, output.getBody());
        } catch (JsonBytes.Refused e) {
            handedOn.incrementAndGet();
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            jackson.write(answer, output.getHeaders().getContentType(), new HttpOutputMessage() {
                private final HttpHeaders headers = new HttpHeaders();

                @Override
                public OutputStream getBody() {
                    return written;
                }

                @Override
                public HttpHeaders getHeaders() {
                    return headers;
                }
            });
            output.getBody().write(written.toByteArray());
        }
    }
}
