package uk.councilperformance.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import uk.councilperformance.ratings.RatingScheme;
import uk.councilperformance.ratings.RatingSchemeFile;
import uk.councilperformance.ratings.RatingSchemes;
import uk.councilperformance.reports.ReportFile;
import uk.councilperformance.reports.ReportFileException;
import uk.councilperformance.reports.ReportFileReader;
import uk.councilperformance.reports.Sha256;

/**
 * The data folder, read and checked in full: rating-schemes.yaml, reports/*.yaml and the source texts
 * they point at. Nothing is stored until every file has passed. Reports holds the files read; kept, those a database
 * build did not read again because the database holds them from the same bytes, source text and check (see
 * {@link StoredReports}). checkedWith is what the files read were checked against, stored with each.
 */
public record Dataset(Path directory, RatingSchemes schemes, String checkedWith, List<Entry> reports, List<Kept> kept) {

    /** A checked report file with what storing it needs. */
    public record Entry(ReportFile file, String canonicalPath, String sourceSha256, RatingScheme scheme) {
    }

    /** A report file the database holds from these same bytes, source text and check: not read again. */
    public record Kept(String canonicalPath, Path file, String slug, String sha256, String sourceSha256) {
    }

    /** Reads and checks every file. */
    public static Dataset read(Path directory) {
        return read(directory, StoredReports.NONE);
    }

    /**
     * Reads and checks every file but those stored before from the same bytes, source text and check. A council with
     * any file read has all its files read, as a full read would: each report read names the council and its plans,
     * oldest first, so the latest report's wording is the one kept.
     */
    public static Dataset read(Path directory, StoredReports stored) {
        Path dir = directory.toAbsolutePath().normalize();
        Path schemesFile = dir.resolve("rating-schemes.yaml");
        if (!Files.isRegularFile(schemesFile)) {
            throw new ReportFileException(display(dir, schemesFile), 0, 0, "", "is missing: the data folder needs its rating schemes");
        }
        RatingSchemes schemes = RatingSchemeFile.read(schemesFile, display(dir, schemesFile));
        String checkedWith = ImporterBuild.checkedWith(Sha256.of(schemesFile));
        ReportFileReader reader = new ReportFileReader(schemes, dir);
        Map<Path, StoredReports.Stored> keep = new LinkedHashMap<>();
        Map<Path, String> sha256 = new LinkedHashMap<>();
        List<Path> files = reportFiles(dir.resolve("reports"));
        if (!stored.isEmpty()) {
            for (Path file : files) {
                String sha = Sha256.of(file);
                stored.kept(sha, checkedWith, dir).ifPresent(s -> {
                    keep.put(file, s);
                    sha256.put(file, sha);
                });
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> councilsRead = new HashSet<>();
        for (Path file : files) {
            if (!keep.containsKey(file)) {
                Entry entry = entry(dir, reader, schemes, file);
                entries.add(entry);
                councilsRead.add(entry.file().council().slug());
            }
        }
        List<Kept> kept = new ArrayList<>();
        for (Map.Entry<Path, StoredReports.Stored> k : keep.entrySet()) {
            if (councilsRead.contains(k.getValue().council())) {
                entries.add(entry(dir, reader, schemes, k.getKey()));
            } else {
                kept.add(new Kept(display(dir, k.getKey()), k.getKey(), k.getValue().slug(), sha256.get(k.getKey()),
                        k.getValue().sourceSha256()));
            }
        }
        checkUniqueSlugs(entries, kept);
        // Oldest first, so that the latest report's wording is the one kept for names and titles.
        entries.sort(Comparator.comparing((Entry e) -> e.file().report().meeting().date())
                .thenComparing(e -> e.file().report().slug()));
        return new Dataset(dir, schemes, checkedWith, List.copyOf(entries), List.copyOf(kept));
    }

    /** Reads and checks a kept file after all (the database no longer holds it as it was when the folder was read). */
    public Entry read(Kept kept) {
        return entry(directory, new ReportFileReader(schemes, directory), schemes, kept.file());
    }

    /** A copy of a data folder (every file, in the same layout), for a step that may change it. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** Reads one report file that may live outside the data folder (e.g. an officer's new report). */
    public static Entry readOne(Path dataDirectory, RatingSchemes schemes, Path file) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        return entry(dir, new ReportFileReader(schemes, dir), schemes, file.toAbsolutePath().normalize());
    }

    private static Entry entry(Path dir, ReportFileReader reader, RatingSchemes schemes, Path file) {
        String name = display(dir, file);
        ReportFile report = reader.read(file, name);
        RatingScheme scheme = schemes.forYear(report.report().financialYear()).orElseThrow();
        String source = Sha256.of(dir.resolve(report.report().sourceFile()));
        return new Entry(report, name, source, scheme);
    }

    private static void checkUniqueSlugs(List<Entry> entries, List<Kept> kept) {
        List<String[]> slugs = new ArrayList<>();
        entries.forEach(e -> slugs.add(new String[] {e.file().report().slug(), e.canonicalPath()}));
        kept.forEach(k -> slugs.add(new String[] {k.slug(), k.canonicalPath()}));
        Map<String, String> seen = new HashMap<>();
        for (String[] slug : slugs) {
            String other = seen.putIfAbsent(slug[0], slug[1]);
            if (other != null) {
                throw new ReportFileException(slug[1], 0, 0, "report.slug",
                        "\"" + slug[0] + "\" is also the slug of " + other + "; each report needs its own");
            }
        }
    }

    private static List<Path> reportFiles(Path reports) {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String display(Path dir, Path file) {
        Path base = dir.getParent() == null ? dir : dir.getParent();
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }
}
