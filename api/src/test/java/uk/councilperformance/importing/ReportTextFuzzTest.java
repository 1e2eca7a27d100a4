package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.Cli;
import uk.councilperformance.DatabaseDigest;
import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.database.SqliteBackup;
import uk.councilperformance.reports.Sha256;

/**
 * A deterministic mutator over the four published report texts (data/sources/*.txt), each mutation run through
 * `cpt import --replace` into a database that holds the bundled data: truncation (mid-line, mid-character),
 * shifted, merged and split columns and lines, wrong and unknown rating symbols, Cyrillic look-alikes, other
 * encodings, enormous cells, binary junk, NUL and control characters, empty and blank files, huge line counts.
 * Every case imports (exit 0) or is refused (exit 2) with the file and line; never exit 1, never a stack trace;
 * after every refusal the database and the data folder are as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReportTextFuzzTest {

    private static final long SEED = 20190919L;
    /** A file:line or file:line:column location, then the problem. */
    private static final Pattern LOCATED = Pattern.compile("^error: (.+?):(\\d+)(?::(\\d+))?: .+");
    private static final Pattern INTERNALS = Pattern.compile("\\w+(Exception|Error)\\b|\\tat |\\.java:\\d+|\\bjava\\.\\w+\\.");

    static final Path folder = TemporaryFolders.create("text-fuzz");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("fuzz.db").toString());
    }

    /** Each mutation and how many cases of it: the slow ones (huge files) fewer. */
    enum Mutation {
        TRUNCATE_MID_LINE(80), TRUNCATE_MID_CHARACTER(50), INSERT_TAB(80), DELETE_TAB(80), MERGE_COLUMNS(60),
        MERGE_LINES(70), SPLIT_LINE(50), DELETE_LINE(50), DUPLICATE_LINE(50), WRONG_SYMBOL(70), UNKNOWN_SYMBOL(70),
        CYRILLIC(70), UTF16_BOM(8), UTF16LE_NO_BOM(8), UTF16BE_NO_BOM(8), LATIN1(12), WINDOWS_1252(8), UTF8_BOM(12),
        CR_LINE_ENDINGS(8), ENORMOUS_CELL(24), BINARY_JUNK(30), NUL(30), CONTROL_CHARACTERS(70), EMPTY(4),
        WHITESPACE_ONLY(12), HUGE_LINE_COUNT(6);

        final int cases;

        Mutation(int cases) {
            this.cases = cases;
        }
    }

    private static final String[] RATINGS = {"✓", "√", "•", "●", "▲", "Δ", "×", "✗", "*", "/"};
    private static final String[] UNKNOWN = {"☺", "?", "★", "■", "◆", "Ø", "tick", "§", "✓▲", "⊗", "♦", "XX", "0"};
    private static final String[] LATIN = {"a", "e", "o", "p", "c", "y", "x", "A", "B", "E", "K", "M", "H", "O", "P", "C", "T", "X"};
    private static final String[] CYRILLIC = {"а", "е", "о", "р", "с", "у", "х", "А", "В", "Е", "К", "М", "Н", "О", "Р", "С", "Т", "Х"};
    private static final String[] CONTROLS = {"\u0001", "\u0007", "\b", "\u000b", "\f", "\u001b[31m", "\u007f", "\u0085",
            "\u2028", "\u2029", "\u200b", "\ufeff", "\u202e", "\r", "\u0000"};

    @Autowired
    DatasetLoader loader;

    @Autowired
    ConfigurableApplicationContext application;

    @Test
    void everyMutatedTextImportsOrIsRefusedWithFileAndLineAndARefusalChangesNothing() throws Exception {
        Path original = TestData.directory();
        Path database = folder.resolve("fuzz.db").toAbsolutePath().normalize();
        loader.load(Dataset.read(original));
        String pristine = DatabaseDigest.of(database);
        Path backup = folder.resolve("pristine.db");
        SqliteBackup.backup(database, backup);
        Path data = Dataset.copy(original, folder.resolve("data"));
        Map<String, String> dataFiles = snapshot(data);
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        var council = Dataset.read(original).reports().get(0).file().council();
        List<Path> texts;
        try (Stream<Path> files = Files.list(original.resolve("sources"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }

        Random random = new Random(SEED);
        List<Mutation> plan = new ArrayList<>();
        for (Mutation m : Mutation.values()) {
            for (int i = 0; i < m.cases; i++) {
                plan.add(m);
            }
        }
        java.util.Collections.shuffle(plan, random);
        Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class);
        List<String> unclean = new ArrayList<>();
        ImportCommand.RUNNING.put(database, application);
        try {
            for (int n = 0; n < plan.size(); n++) {
                Mutation mutation = plan.get(n);
                Path seed = texts.get(random.nextInt(texts.size()));
                // A new name, as a new text arrives: the same name with other bytes is refused before reading.
                Path input = inbox.resolve(String.format("%04d-%s", n, seed.getFileName()));
                Files.write(input, mutate(Files.readAllBytes(seed), mutation, random));
                String what = n + " " + mutation + " on " + seed.getFileName() + ": ";
                List<String> args = new ArrayList<>(List.of("import", input.toString(), "--replace", "--data", data.toString(),
                        "--database", database.toString()));
                if (n % 8 != 0) {
                    // The council, as an officer may give it; otherwise read from the data folder's report files (slower).
                    args.addAll(List.of("--council-slug", council.slug(), "--council-name", council.name()));
                }
                if (seed.getFileName().toString().startsWith("003_")) {
                    // This extract names no meeting; the officer gives it (as ImporterMatchesCanonicalFilesTest does).
                    args.addAll(List.of("--meeting-body", "Community Scrutiny Committee", "--meeting-date", "2019-07-22", "--item", "5"));
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
                int[] counts = outcomes.computeIfAbsent(mutation, m -> new int[2]);
                String said = out + "\n" + err;
                Matcher internals = INTERNALS.matcher(said);
                if (internals.find()) {
                    unclean.add(what + "internals \"" + internals.group() + "\" in the output: " + excerpt(err.toString()));
                }
                if (code == 0) {
                    counts[0]++;
                    // Put the database and the data folder back as they were before this import.
                    SqliteBackup.restore(backup, database);
                    restore(original, data, dataFiles);
                    if (!snapshot(data).equals(dataFiles)) {
                        throw new AssertionError(what + "the restore after an import did not restore");
                    }
                } else if (code == Cli.BAD_INPUT) {
                    counts[1]++;
                    String error = err.toString().lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
                    Matcher located = LOCATED.matcher(error);
                    if (!located.matches() || Integer.parseInt(located.group(2)) <= 0
                            || !located.group(1).endsWith(input.getFileName().toString())) {
                        unclean.add(what + "no file and line of " + input.getFileName() + " in \"" + excerpt(error) + "\"");
                    }
                    if (!DatabaseDigest.of(database).equals(pristine)) {
                        unclean.add(what + "the database changed after a refusal");
                        SqliteBackup.restore(backup, database);
                    }
                    if (!snapshot(data).equals(dataFiles)) {
                        unclean.add(what + "the data folder changed after a refusal");
                        restore(original, data, dataFiles);
                    }
                } else {
                    unclean.add(what + "exit " + code + ": " + excerpt(err.toString()));
                    SqliteBackup.restore(backup, database);
                    restore(original, data, dataFiles);
                }
                if (code != 0 && code != Cli.BAD_INPUT) {
                    Path kept = Files.createDirectories(Path.of("target", "fuzz-failures")).resolve(input.getFileName());
                    Files.copy(input, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                Files.delete(input);
            }
        } finally {
            ImportCommand.RUNNING.remove(database);
        }
        Map<Mutation, String> summary = new TreeMap<>();
        outcomes.forEach((m, c) -> summary.put(m, c[0] + " imported, " + c[1] + " refused"));
        System.out.println("Report text fuzz (" + plan.size() + " cases): " + summary);
        assertThat(unclean).isEmpty();
        assertThat(plan).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(outcomes).containsKeys(Mutation.values());
        // Both outcomes happen: the mutator reaches the store, and it produces mistakes the importer catches.
        assertThat(outcomes.values().stream().mapToInt(c -> c[0]).sum()).isGreaterThan(100);
        assertThat(outcomes.values().stream().mapToInt(c -> c[1]).sum()).isGreaterThan(100);
        for (Mutation refused : List.of(Mutation.TRUNCATE_MID_CHARACTER, Mutation.UTF16_BOM, Mutation.UTF16LE_NO_BOM,
                Mutation.UTF16BE_NO_BOM, Mutation.LATIN1, Mutation.BINARY_JUNK, Mutation.NUL, Mutation.EMPTY, Mutation.WHITESPACE_ONLY)) {
            assertThat(outcomes.get(refused)[0]).as("%s cases imported", refused).isZero();
        }
    }

    static byte[] mutate(byte[] original, Mutation mutation, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size() - 1);
        int row = rowLine(lines, random);
        switch (mutation) {
            case TRUNCATE_MID_LINE -> {
                int cut = 1 + random.nextInt(text.length() - 1);
                while (text.charAt(cut - 1) == '\n' || text.charAt(cut) == '\n' || Character.isLowSurrogate(text.charAt(cut))) {
                    cut++;
                }
                return utf8(text.substring(0, cut));
            }
            case TRUNCATE_MID_CHARACTER -> {
                List<Integer> starts = new ArrayList<>();
                for (int i = 0; i < original.length; i++) {
                    if ((original[i] & 0xC0) == 0xC0) {
                        starts.add(i);
                    }
                }
                int start = starts.get(random.nextInt(starts.size()));
                return Arrays.copyOf(original, start + 1 + ((original[start] & 0xF0) == 0xE0 ? random.nextInt(2) : 0));
            }
            case INSERT_TAB -> {
                String line = lines.get(row);
                int where = random.nextBoolean() ? 0 : tabs(line).get(random.nextInt(tabs(line).size()));
                lines.set(row, line.substring(0, where) + "\t" + line.substring(where));
            }
            case DELETE_TAB -> {
                String line = lines.get(row);
                int where = tabs(line).get(random.nextInt(tabs(line).size()));
                lines.set(row, line.substring(0, where) + line.substring(where + 1));
            }
            case MERGE_COLUMNS -> lines.set(row, lines.get(row).replaceAll("\t+", random.nextBoolean() ? " " : ""));
            case MERGE_LINES -> {
                int first = random.nextBoolean() ? row : at;
                lines.set(first, lines.get(first) + List.of("", " ", "\t").get(random.nextInt(3)) + lines.get(first + 1));
                lines.remove(first + 1);
            }
            case SPLIT_LINE -> {
                String line = lines.get(row);
                int where = tabs(line).get(random.nextInt(tabs(line).size()));
                lines.set(row, line.substring(0, where) + "\n" + line.substring(where));
            }
            case DELETE_LINE -> lines.remove(random.nextBoolean() ? row : at);
            case DUPLICATE_LINE -> {
                int which = random.nextBoolean() ? row : at;
                lines.add(which, lines.get(which));
            }
            case WRONG_SYMBOL -> {
                return utf8(replaceOne(text, symbols(), RATINGS[random.nextInt(RATINGS.length)], random));
            }
            case UNKNOWN_SYMBOL -> {
                return utf8(replaceOne(text, symbols(), UNKNOWN[random.nextInt(UNKNOWN.length)], random));
            }
            case CYRILLIC -> {
                // A heading (plan, quarter, meeting) or any table row, its Latin letters swapped for look-alikes.
                int which = random.nextBoolean() ? heading(lines, random) : row;
                String line = lines.get(which);
                for (int i = 0; i < LATIN.length; i++) {
                    if (random.nextInt(3) > 0) {
                        line = line.replace(LATIN[i], CYRILLIC[i]);
                    }
                }
                lines.set(which, line);
            }
            case UTF16_BOM -> {
                return text.getBytes(StandardCharsets.UTF_16);
            }
            case UTF16LE_NO_BOM -> {
                return text.getBytes(StandardCharsets.UTF_16LE);
            }
            case UTF16BE_NO_BOM -> {
                return text.getBytes(StandardCharsets.UTF_16BE);
            }
            case LATIN1 -> {
                return text.getBytes(StandardCharsets.ISO_8859_1);
            }
            case WINDOWS_1252 -> {
                return text.getBytes(Charset.forName("windows-1252"));
            }
            case UTF8_BOM -> {
                return utf8("\uFEFF" + text);
            }
            case CR_LINE_ENDINGS -> {
                return utf8(text.replace("\n", random.nextBoolean() ? "\r" : "\r\n"));
            }
            case ENORMOUS_CELL -> {
                int size = 100_000 + random.nextInt(50_000);
                String fill = switch (random.nextInt(5)) {
                    case 0 -> "9".repeat(size);
                    case 1 -> "performance ".repeat(size / 12 + 1);
                    case 2 -> "✓".repeat(size);
                    case 3 -> "a".repeat(size);
                    default -> "Ѕ".repeat(size);
                };
                String line = lines.get(row);
                List<Integer> tabs = tabs(line);
                int cell = random.nextInt(tabs.size() + 1);
                int from = cell == 0 ? 0 : tabs.get(cell - 1) + 1;
                int to = cell == tabs.size() ? line.length() : tabs.get(cell);
                lines.set(random.nextInt(4) == 0 ? heading(lines, random) : row,
                        random.nextInt(4) == 0 ? fill : line.substring(0, from) + fill + line.substring(to));
            }
            case BINARY_JUNK -> {
                byte[] junk = new byte[16 + random.nextInt(4096)];
                random.nextBytes(junk);
                junk[random.nextInt(junk.length)] = (byte) 0xFF;
                if (random.nextBoolean()) {
                    return junk;
                }
                int where = random.nextInt(original.length);
                byte[] out = new byte[original.length + junk.length];
                System.arraycopy(original, 0, out, 0, where);
                System.arraycopy(junk, 0, out, where, junk.length);
                System.arraycopy(original, where, out, where + junk.length, original.length - where);
                return out;
            }
            case NUL -> {
                int where = random.nextInt(text.length());
                while (Character.isLowSurrogate(text.charAt(where))) {
                    where++;
                }
                return utf8(text.substring(0, where) + "\0".repeat(1 + random.nextInt(3)) + text.substring(where));
            }
            case CONTROL_CHARACTERS -> {
                int which = random.nextBoolean() ? row : at;
                String line = lines.get(which);
                int where = random.nextInt(line.length() + 1);
                while (where < line.length() && Character.isLowSurrogate(line.charAt(where))) {
                    where++;
                }
                lines.set(which, line.substring(0, where) + CONTROLS[random.nextInt(CONTROLS.length - 1)] + line.substring(where));
            }
            case EMPTY -> {
                return new byte[0];
            }
            case WHITESPACE_ONLY -> {
                StringBuilder s = new StringBuilder();
                int length = 1 + random.nextInt(10_000);
                for (int i = 0; i < length; i++) {
                    s.append(" \t\n\r\u00a0".charAt(random.nextInt(5)));
                }
                return utf8(s.toString());
            }
            case HUGE_LINE_COUNT -> {
                int count = 200_000 + random.nextInt(100_000);
                String repeated = switch (random.nextInt(3)) {
                    case 0 -> "\n";
                    case 1 -> "Comments on overall performance\n";
                    default -> lines.get(row) + "\n";
                };
                String block = repeated.repeat(count);
                int where = random.nextInt(lines.size());
                lines.add(where, block.substring(0, block.length() - 1));
            }
            default -> throw new IllegalStateException();
        }
        return utf8(String.join("\n", lines));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A random table row (a line with a tab). */
    private static int rowLine(List<String> lines, Random random) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).indexOf('\t') >= 0) {
                rows.add(i);
            }
        }
        return rows.get(random.nextInt(rows.size()));
    }

    /** A random line that heads the report or a plan, or names the quarter or meeting. */
    private static int heading(List<String> lines, Random random) {
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).matches(".*\\b(PDP|Quarter|Cabinet|Committee|Appendix|Priority Delivery Plan|Performance Report)\\b.*")) {
                headings.add(i);
            }
        }
        return headings.get(random.nextInt(headings.size()));
    }

    private static List<Integer> tabs(String line) {
        List<Integer> tabs = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                tabs.add(i);
            }
        }
        return tabs;
    }

    private static Pattern symbols() {
        return Pattern.compile("(?<=\\t|^)\\s*(✓|√|•|●|▲|Δ|×|х|Х|X|x)\\s*(?=\\t|$)", Pattern.MULTILINE);
    }

    private static String replaceOne(String text, Pattern pattern, String replacement, Random random) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static String excerpt(String s) {
        String one = s.strip().replace("\n", " ⏎ ");
        return one.length() > 400 ? one.substring(0, 400) + "…" : one;
    }

    /** Every file under the folder (relative path) with its digest: a leftover or half-written file shows. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Sha256.of(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** The data folder back as the bundled one: files an import added removed, files it wrote put back. */
    private static void restore(Path original, Path data, Map<String, String> expected) throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = data.relativize(p).toString();
                if (!expected.containsKey(name)) {
                    Files.delete(p);
                } else if (!Sha256.of(Files.readAllBytes(p)).equals(expected.get(name))) {
                    Files.copy(original.resolve(name), p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String name : expected.keySet()) {
            if (!Files.exists(data.resolve(name))) {
                Files.copy(original.resolve(name), data.resolve(name));
            }
        }
    }

}
