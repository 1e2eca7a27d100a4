package uk.councilperformance.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A Relay connection page. Cursors are opaque (base64 of the position in the list's stable order), so
 * they stay valid while the data does not change.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public static final int MAX_PAGE = 100;

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The window a first/after pair asks for. */
    public record Window(int offset, int limit) {

        public static Window of(Integer first, String after) {
            int size = first == null ? 50 : first;
            if (size < 0 || size > MAX_PAGE) {
                throw new BadArgument("first", "must be between 0 and " + MAX_PAGE + ", not " + size);
            }
            return new Window(after == null ? 0 : position(after) + 1, size);
        }
    }

    /** Builds the page from the rows fetched for it (one more than asked, to know whether there is a next). */
    public static <T> Connection<T> of(List<T> rows, Window window, int totalCount) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), window.limit()); i++) {
            edges.add(new Edge<>(cursor(window.offset() + i), rows.get(i)));
        }
        return new Connection<>(edges, new PageInfo(window.offset() + edges.size() < totalCount, window.offset() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                totalCount);
    }

    /** A page of a list already in memory. */
    public static <T> Connection<T> slice(List<T> all, Window window) {
        int from = Math.min(window.offset(), all.size());
        return of(all.subList(from, Math.min(all.size(), from + window.limit())), window, all.size());
    }

    static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("at:" + position).getBytes(StandardCharsets.UTF_8));
    }

    static int position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("at:")) {
                int position = Integer.parseInt(text.substring(3));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadArgument("after", "is not a cursor from this list");
    }
}
