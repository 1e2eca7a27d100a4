package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.DatabaseDigest;
import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.reports.ReportFileException;

/**
 * A deterministic mutator over the bundled report files: truncation, shifted and merged lines, wrong and
 * unknown symbols, other encodings and byte-order marks, enormous cells, binary junk, empty files.
 * Every case either imports or fails with an error naming the file, a line and a field, never with a stack
 * trace; after every failure the database is unchanged, row for row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReportFileFuzzTest {

    private static final long SEED = 20191126L;
    private static final int CASES = 1000;

    static final Path folder = TemporaryFolders.create("fuzz");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("fuzz.db").toString());
    }

    enum Mutation {
        TRUNCATE, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, SHIFT_INDENT, MERGE_LINES, WRONG_SYMBOL, UNKNOWN_KEY,
        BOM, UTF16, LATIN1, ENORMOUS_CELL, BINARY_JUNK, EMPTY, TAB_INDENT, BAD_QUARTER, BAD_DATE, CONTROL_CHARACTERS
    }

    @Autowired
    DatasetLoader loader;

    @Test
    void everyMutatedFileImportsOrFailsCleanlyAndAFailureChangesNothing() throws Exception {
        Path original = TestData.directory();
        loader.load(Dataset.read(original));
        Path database = folder.resolve("fuzz.db");
        String pristine = DatabaseDigest.of(database);

        List<Path> reports;
        try (Stream<Path> files = Files.list(original.resolve("reports"))) {
            reports = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Path data = Dataset.copy(original, folder.resolve("data"));
        var schemes = Dataset.read(original).schemes();
        Random random = new Random(SEED);
        Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class);
        List<String> unclean = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            Path report = reports.get(random.nextInt(reports.size()));
            Path target = data.resolve("reports").resolve(report.getFileName());
            byte[] before = Files.readAllBytes(report);
            Files.write(target, mutate(before, mutation, random));
            int[] counts = outcomes.computeIfAbsent(mutation, m -> new int[2]);
            try {
                // As an officer imports one report: read and check it, then store it in one transaction.
                loader.load(Dataset.readOne(data, schemes, target));
                counts[0]++;
                // A harmless mutation imported: that is now the state a later failure must leave alone.
                Files.write(target, before);
                pristine = DatabaseDigest.of(database);
            } catch (ReportFileException e) {
                counts[1]++;
                String message = e.getMessage();
                if (!message.startsWith(target.toString()) && !message.startsWith("data/reports/" + report.getFileName())
                        || e.line() <= 0 && e.field().isEmpty()) {
                    unclean.add(n + " " + mutation + ": no file and line or field in \"" + message + "\"");
                }
                if (message.contains("Exception") || message.contains("\tat ")) {
                    unclean.add(n + " " + mutation + ": internals in \"" + message + "\"");
                }
                String now = DatabaseDigest.of(database);
                if (!now.equals(pristine)) {
                    unclean.add(n + " " + mutation + ": the database changed after a failure");
                    pristine = now;
                }
                Files.write(target, before);
            } catch (RuntimeException e) {
                unclean.add(n + " " + mutation + " on " + report.getFileName() + ": " + e);
                Files.write(target, before);
            }
        }
        assertThat(unclean).isEmpty();
        int failures = outcomes.values().stream().mapToInt(c -> c[1]).sum();
        assertThat(failures).as("most mutations are mistakes that must be caught").isGreaterThan(CASES / 2);
        assertThat(outcomes).containsKeys(Mutation.values());
    }

    static byte[] mutate(byte[] original, Mutation mutation, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = 1 + random.nextInt(Math.max(1, lines.size() - 2));
        switch (mutation) {
            case TRUNCATE -> {
                return Arrays.copyOf(original, random.nextInt(original.length));
            }
            case DELETE_LINE -> lines.remove(at);
            case DUPLICATE_LINE -> lines.add(at, lines.get(at));
            case SWAP_LINES -> {
                String a = lines.get(at);
                lines.set(at, lines.get(at - 1));
                lines.set(at - 1, a);
            }
            case SHIFT_INDENT -> lines.set(at, " ".repeat(1 + random.nextInt(3)) + lines.get(at));
            case MERGE_LINES -> {
                lines.set(at - 1, lines.get(at - 1) + " " + lines.get(at).strip());
                lines.remove(at);
            }
            case WRONG_SYMBOL -> {
                return replaceOne(text, "Q\\d: \"(✓|√|1|Δ|▲|\\*|●|/|•|unknown)\"", "Q" + (1 + random.nextInt(4)) + ": \""
                        + List.of("X", "?", "§", "✓✓", "tick", "", "Ω").get(random.nextInt(7)) + "\"", random);
            }
            case UNKNOWN_KEY -> lines.add(at, lines.get(at).replaceFirst("^(\\s*-?\\s*)\\w+:", "$1frobnicate:"));
            case BOM -> {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] out = new byte[original.length + 3];
                System.arraycopy(bom, 0, out, 0, 3);
                System.arraycopy(original, 0, out, 3, original.length);
                return out;
            }
            case UTF16 -> {
                return text.getBytes(StandardCharsets.UTF_16);
            }
            case LATIN1 -> {
                return text.replace("–", "\u0096").getBytes(StandardCharsets.ISO_8859_1);
            }
            case ENORMOUS_CELL -> {
                return replaceOne(text, "(Q\\d|target|total|lastYearOutturn): \"[^\"]*\"", "Q1: \""
                        + "9".repeat(1_000_000 + random.nextInt(1000)) + "\"", random);
            }
            case BINARY_JUNK -> {
                byte[] junk = new byte[1 + random.nextInt(4096)];
                random.nextBytes(junk);
                return junk;
            }
            case EMPTY -> {
                return new byte[0];
            }
            case TAB_INDENT -> lines.set(at, lines.get(at).replaceFirst("^ +", "\t"));
            case BAD_QUARTER -> {
                return replaceOne(text, "\\bQ[1-4]:", "Q" + (5 + random.nextInt(4)) + ":", random);
            }
            case BAD_DATE -> {
                return replaceOne(text, "date: \"?\\d{4}-\\d{2}-\\d{2}\"?", "date: \"2019-02-30\"", random);
            }
            case CONTROL_CHARACTERS -> lines.set(at, lines.get(at) + "\u0007\u001b[31m");
            default -> throw new IllegalStateException();
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceOne(String text, String regex, String replacement, Random random) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return (text.substring(0, span[0]) + replacement + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

}
