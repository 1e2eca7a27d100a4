package uk.councilperformance.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The self-hosted GraphiQL page and its example queries. Everything the page loads comes from this
 * application (React and GraphiQL from /webjars/), so it works offline and under a strict policy.
 */
public class GraphiqlPage {

    /**
     * Only this application's own files. GraphiQL's fonts are data: URLs inside its CSS. No 'unsafe-eval':
     * the one {@code new Function} in the GraphiQL bundle is a fallback that browsers with globalThis never reach.
     * The one style hash is the scroll lock GraphiQL's dialogs add as a style element (react-remove-scroll-bar,
     * for this page's layout, which has no page scroll bar); without it the dialogs still work.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final byte[] html;
    private final GraphiqlExamples examples;

    public GraphiqlPage(GraphiqlExamples examples) {
        this.examples = examples;
        try {
            this.html = new ClassPathResource("graphiql/page.html").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the GraphiQL page graphiql/page.html", e);
        }
    }

    public ServerResponse page(ServerRequest request) {
        return ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    public ServerResponse examples(ServerRequest request) {
        return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache())
                .body(examples.all());
    }
}
