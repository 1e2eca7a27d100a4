package uk.councilperformance.reports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read from the node tree rather than bound to objects, so every value keeps its
 * line and column and every scalar stays text exactly as written: an unquoted 26 is "26", never a number.
 */
public final class YamlMap {

    /** Far longer than any cell a council prints; a longer one is a mistake, not a figure. */
    public static final int LONGEST_TEXT = 20_000;

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /**
     * Reads a UTF-8 YAML file (a byte-order mark is allowed) into its top-level mapping.
     * Any problem, from bad bytes to bad indentation, becomes a {@link ReportFileException} naming the file.
     */
    public static YamlMap load(Path path, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ReportFileException(displayName, 0, 0, "", "cannot be read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ReportFileException(displayName, lineOfFirstBadByte(bytes), 0, "", "is not valid UTF-8 text (save it as UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        checkCharacters(text, displayName);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setCodePointLimit(20 * 1024 * 1024);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ReportFileException(displayName, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "", "is not valid YAML: " + problem);
        } catch (ReaderException e) {
            int[] at = lineAndColumn(text, e.getPosition());
            throw new ReportFileException(displayName, at[0], at[1], "", "is not valid YAML: " + e.getName());
        } catch (YAMLException e) {
            throw new ReportFileException(displayName, 1, 0, "", "is not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ReportFileException(displayName, 1, 0, "", "is empty");
        }
        return new YamlMap(displayName, "", root);
    }

    /** Control characters YAML does not allow are named with their place, not left to the parser. */
    private static void checkCharacters(String text, String displayName) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                line++;
                column = 1;
                continue;
            }
            boolean control = ch < 0x20 && ch != '\t' && ch != '\r' || ch >= 0x7F && ch <= 0x9F && ch != 0x85;
            if (control) {
                throw new ReportFileException(displayName, line, column, "", ch == 0
                        ? "contains binary data (a NUL byte), not YAML text"
                        : String.format("contains a control character (U+%04X) that is not allowed; delete it", (int) ch));
            }
            column++;
        }
    }

    private static int[] lineAndColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i = text.offsetByCodePoints(i, 1), index++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    YamlMap(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, path, "expected a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), path, "keys must be plain words");
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                throw error(key, child(key.getValue()), "this key appears twice");
            }
        }
    }

    public String path() {
        return path;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** Rejects keys outside the format, so that a misspelt key is an error rather than silently lost. */
    public YamlMap allowOnly(Collection<String> keys) {
        Set<String> allowed = Set.copyOf(keys);
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), child(key), "unknown key (allowed here: " + String.join(", ", keys) + ")");
            }
        }
        return this;
    }

    public boolean has(String key) {
        return value(key) != null;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** A text value; absent, empty or null means the cell was blank. */
    public Optional<String> text(String key) {
        Node v = value(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof ScalarNode scalar)) {
            throw error(v, child(key), "expected text, found a " + (v instanceof SequenceNode ? "list" : "mapping"));
        }
        String text = scalar.getValue();
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > LONGEST_TEXT) {
            throw error(v, child(key), String.format("is %,d characters long; the longest text allowed is %,d "
                    + "(is a whole document pasted into one cell?)", text.length(), LONGEST_TEXT));
        }
        return Optional.of(scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED
                ? stripTrailingNewline(text) : text);
    }

    public String requiredText(String key) {
        return text(key).orElseThrow(() -> error(node, child(key), "is required"));
    }

    public <T> Optional<T> parsed(String key, Function<String, Optional<T>> parser, String expected) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> result = parser.apply(text.get().trim());
        if (result.isEmpty()) {
            throw error(value(key), child(key), "expected " + expected + ", not \"" + text.get() + "\"");
        }
        return result;
    }

    public <T> T requiredParsed(String key, Function<String, Optional<T>> parser, String expected) {
        return parsed(key, parser, expected).orElseThrow(() -> error(node, child(key), "is required (" + expected + ")"));
    }

    public Optional<Integer> lineNumber(String key) {
        return parsed(key, YamlMap::positiveInt, "a line number (1 or more)");
    }

    public Optional<YamlMap> map(String key) {
        Node v = value(key);
        return v == null ? Optional.empty() : Optional.of(new YamlMap(file, child(key), v));
    }

    public YamlMap requiredMap(String key) {
        return map(key).orElseThrow(() -> error(node, child(key), "is required"));
    }

    /** The items of a list; an absent key is an empty list. */
    public List<YamlMap> list(String key) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof SequenceNode sequence)) {
            throw error(v, child(key), "expected a list (items starting with '- ')");
        }
        List<YamlMap> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(new YamlMap(file, child(key) + "[" + i + "]", nodes.get(i)));
        }
        return items;
    }

    public ReportFileException error(String key, String problem) {
        Node v = value(key);
        return error(v == null ? node : v, child(key), problem);
    }

    public ReportFileException error(String problem) {
        return error(node, path, problem);
    }

    private ReportFileException error(Node at, String field, String problem) {
        return new ReportFileException(file, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1, field, problem);
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return null;
        }
        Node v = tuple.getValueNode();
        // A plain ~, null or empty value is YAML's way of writing a blank cell.
        if (v instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"))) {
            return null;
        }
        return v;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String stripTrailingNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static Optional<Integer> positiveInt(String text) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
