package uk.councilperformance.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import uk.councilperformance.reports.Sha256;

/**
 * The report files the database holds, found by the SHA-256 of their bytes, with the source text and the check each
 * was stored with (ReportStore.storedReports). A database build does not read a file again whose bytes, source text
 * and check are those stored: reading it would pass the same checks and store nothing.
 */
public final class StoredReports {

    /** One stored report file: its report's slug and council, and what it was stored with. */
    record Stored(String slug, String council, String sourceFile, String sourceSha256, String checkedWith) {
    }

    /** Nothing stored, or nothing to trust: every file is read. */
    static final StoredReports NONE = new StoredReports(Map.of());

    private final Map<String, Stored> byFileSha256;

    StoredReports(Map<String, Stored> byFileSha256) {
        this.byFileSha256 = Map.copyOf(byFileSha256);
    }

    /** Whether the database holds the kept file's report as it was when the folder was read, with this check. */
    boolean stillHolds(Dataset.Kept kept, String checkedWith) {
        Stored stored = byFileSha256.get(kept.sha256());
        return stored != null && stored.slug().equals(kept.slug()) && stored.sourceSha256().equals(kept.sourceSha256())
                && stored.checkedWith().equals(checkedWith);
    }

    boolean isEmpty() {
        return byFileSha256.isEmpty();
    }

    /**
     * The stored report these bytes were stored as, if this same check (ImporterBuild.checkedWith) passed them and
     * their source text, under this data folder, is still the one stored.
     */
    Optional<Stored> kept(String fileSha256, String checkedWith, Path dataDirectory) {
        Stored stored = byFileSha256.get(fileSha256);
        if (stored == null || !checkedWith.equals(stored.checkedWith())) {
            return Optional.empty();
        }
        Path source = dataDirectory.resolve(stored.sourceFile()).normalize();
        if (!source.startsWith(dataDirectory) || !Files.isRegularFile(source) || !Sha256.of(source).equals(stored.sourceSha256())) {
            return Optional.empty();
        }
        return Optional.of(stored);
    }
}
