package uk.councilperformance.graph;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Global ids made from the council's own keys ("Plan:cannock-chase:2019:promoting-prosperity"), so an id
 * survives a rebuild of the database and can serve as a permalink. Keys never contain ':'.
 */
public record NodeId(String type, List<String> parts) {

    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]*|Q[1-4]");

    public static String of(String type, Object... parts) {
        StringBuilder id = new StringBuilder(type);
        for (Object part : parts) {
            id.append(':').append(part);
        }
        return id.toString();
    }

    /** Reads an id, checking its shape; the type must be one of those given, with the given number of parts. */
    public static NodeId parse(String id) {
        if (id == null || id.length() > 1000) {
            throw new BadArgument("id", "is not an id of this API");
        }
        String[] pieces = id.split(":", -1);
        List<String> parts = Arrays.asList(pieces).subList(1, pieces.length);
        if (parts.isEmpty() || !pieces[0].matches("[A-Z][A-Za-z]+")
                || parts.stream().anyMatch(p -> !PART.matcher(p).matches())) {
            throw new BadArgument("id", "\"" + abbreviate(id) + "\" is not an id of this API");
        }
        return new NodeId(pieces[0], parts);
    }

    public NodeId expect(String expectedType, int partCount) {
        if (!type.equals(expectedType) || parts.size() != partCount) {
            throw new BadArgument("id", "\"" + abbreviate(toString()) + "\" is not the id of a " + expectedType);
        }
        return this;
    }

    public String part(int index) {
        return parts.get(index);
    }

    /** The start year of a financial year, e.g. 2019 for 2019/20. */
    public int year(int index) {
        String part = parts.get(index);
        if (!part.matches("(19|2[0-9])[0-9]{2}")) {
            throw new BadArgument("id", "\"" + abbreviate(toString()) + "\" has no year where one belongs");
        }
        return Integer.parseInt(part);
    }

    @Override
    public String toString() {
        return type + ":" + String.join(":", parts);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
