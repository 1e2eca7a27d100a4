package uk.councilperformance.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.councilperformance.database.DataVersion;
import uk.councilperformance.json.ByteOutput;

/**
 * Gives a query the answer it was given before, as long as the data has not changed since. The data changes only
 * when a report is imported or an officer corrects something, while the same few questions are asked again and
 * again (the site's pages, journalists' queries), so most answers need one small read of the data version instead
 * of a whole query. Only anonymous GET and POST requests whose answer was a clean 200 are kept; a request is the
 * same request when its method, query string or body, and the headers the answer depends on are the same.
 */
final class AnswerCacheFilter extends OncePerRequestFilter {

    /** Set by {@link CleanAnswers} when the GraphQL answer had no errors. */
    static final String CLEAN = AnswerCacheFilter.class.getName() + ".clean";

    private static final int LONGEST_REQUEST = 64 * 1024;
    private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "transfer-encoding", "connection",
            "keep-alive", "set-cookie", "content-type");

    private final KeptAnswers answers;
    private final DataVersion version;

    AnswerCacheFilter(KeptAnswers answers, DataVersion version) {
        this.answers = answers;
        this.version = version;
    }

    /** How many answers are kept now. */
    int kept() {
        return answers.size();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("POST")) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean post = request.getMethod().equals("POST");
        byte[] body = post ? request.getInputStream().readNBytes(LONGEST_REQUEST + 1) : null;
        HttpServletRequest forward = post ? new ReadAgain(request, body) : request;
        if (post && body.length > LONGEST_REQUEST) {
            chain.doFilter(forward, response);
            return;
        }
        String key = key(request, post ? new String(body, StandardCharsets.UTF_8) : request.getQueryString());
        String dataVersion = version.current();
        KeptAnswers.Answer kept = answers.get(key, dataVersion);
        if (kept != null) {
            replay(kept, request, response);
            return;
        }
        Tee tee = new Tee(response, answers.largestKept());
        chain.doFilter(forward, tee);
        tee.flushBuffer();
        if (!request.isAsyncStarted() && Boolean.TRUE.equals(request.getAttribute(CLEAN))
                && response.getStatus() == HttpServletResponse.SC_OK && !tee.overflowed()) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            // A name comes once per header line; its values are taken once per name.
            Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(response.getHeaderNames());
            for (String name : names) {
                if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
                }
            }
            answers.put(key, new KeptAnswers.Answer(dataVersion, response.getStatus(), response.getContentType(), headers,
                    tee.captured(), response.getHeader(HttpHeaders.ETAG)));
        }
    }

    /** What the answer depends on besides the data: method, path, query or body, and the negotiated headers. */
    private static String key(HttpServletRequest request, String queryOrBody) {
        return request.getMethod() + '\n' + request.getRequestURI() + '\n' + header(request, HttpHeaders.ACCEPT) + '\n'
                + header(request, HttpHeaders.ORIGIN) + '\n' + header(request, HttpHeaders.CONTENT_TYPE) + '\n'
                + (queryOrBody == null ? "" : queryOrBody);
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }

    private static void replay(KeptAnswers.Answer kept, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        kept.headers().forEach(h -> response.addHeader(h.getKey(), h.getValue()));
        if (kept.etag() != null && QueryResponseTag.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), kept.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(kept.status());
        response.setContentType(kept.contentType());
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }

    /** The request with its body, already read to make the key, to be read again. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final ServletInputStream in;

        ReadAgain(HttpServletRequest request, byte[] start) throws IOException {
            super(request);
            InputStream rest = start.length > LONGEST_REQUEST ? request.getInputStream() : InputStream.nullInputStream();
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(start), rest);
            this.in = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = all.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = all.read(buffer, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read ahead; read it blocking");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return in;
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new java.io.BufferedReader(new java.io.InputStreamReader(in, charset));
        }
    }

    /** The response, with a copy of its body kept (up to a limit) as it is written. */
    private static final class Tee extends HttpServletResponseWrapper {
        // Kept in chunks: an answer's copy grows without copying what it has (ByteOutput).
        private ByteOutput copy = new ByteOutput();
        private final long limit;
        private boolean overflowed;
        private ServletOutputStream out;
        private PrintWriter writer;

        Tee(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        private void keep(byte[] b, int off, int len) {
            if (overflowed) {
                return;
            }
            if (copy.length() + (long) len > limit) {
                overflowed = true;
                copy = null;
                return;
            }
            copy.put(b, off, len);
        }

        boolean overflowed() {
            return overflowed;
        }

        byte[] captured() {
            return copy.bytes();
        }
    }
}
