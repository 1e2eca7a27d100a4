package uk.councilperformance.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * they point at. Nothing is stored until every file has passed.
 */
public record Dataset(Path directory, RatingSchemes schemes, List<Entry> reports) {

    /** A checked report file with what storing it needs. */
    public record Entry(ReportFile file, String canonicalPath, String sourceSha256, RatingScheme scheme) {
    }

    public static Dataset read(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path schemesFile = dir.resolve("rating-schemes.yaml");
        if (!Files.isRegularFile(schemesFile)) {
            throw new ReportFileException(display(dir, schemesFile), 0, 0, "", "is missing: the data folder needs its rating schemes");
        }
        RatingSchemes schemes = RatingSchemeFile.read(schemesFile, display(dir, schemesFile));
        ReportFileReader reader = new ReportFileReader(schemes, dir);
        List<Entry> entries = new ArrayList<>();
        for (Path file : reportFiles(dir.resolve("reports"))) {
            entries.add(entry(dir, reader, schemes, file));
        }
        checkUniqueSlugs(entries);
        // Oldest first, so that the latest report's wording is the one kept for names and titles.
        entries.sort(Comparator.comparing((Entry e) -> e.file().report().meeting().date())
                .thenComparing(e -> e.file().report().slug()));
        return new Dataset(dir, schemes, List.copyOf(entries));
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

    private static void checkUniqueSlugs(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (entries.get(i).file().report().slug().equals(entries.get(j).file().report().slug())) {
                    throw new ReportFileException(entries.get(i).canonicalPath(), 0, 0, "report.slug",
                            "\"" + entries.get(i).file().report().slug() + "\" is also the slug of "
                                    + entries.get(j).canonicalPath() + "; each report needs its own");
                }
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
