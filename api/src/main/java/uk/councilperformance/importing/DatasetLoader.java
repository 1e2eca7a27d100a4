package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.councilperformance.database.DataVersion;

/**
 * Stores a checked {@link Dataset} in one transaction: either every report goes in, or nothing changes. A load
 * that changed anything gives the data a new version in the same transaction.
 */
@Service
public class DatasetLoader {

    private final ReportStore store;
    private final TransactionTemplate transaction;
    private final DataVersion version;

    public DatasetLoader(ReportStore store, TransactionTemplate transaction, DataVersion version) {
        this.store = store;
        this.transaction = transaction;
        this.version = version;
    }

    /** What a load did, by outcome; read counts the report files read and checked (the others were kept). */
    public record Result(Map<ReportStore.Outcome, Integer> outcomes, int read) {
        public int count(ReportStore.Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }
    }

    /**
     * Builds the database from a data folder, as `cpt db build` does: reads and checks every report file but those the
     * database holds from the same bytes, source text and check (Dataset.read), then stores them in one transaction.
     */
    public Result build(java.nio.file.Path data) {
        return load(read(data));
    }

    /** The data folder, read and checked but for the files the database holds as they are (Dataset.read). */
    public Dataset read(java.nio.file.Path data) {
        return Dataset.read(data, store.storedReports());
    }

    public Result load(Dataset dataset) {
        return transaction.execute(status -> {
            Map<ReportStore.Outcome, Integer> outcomes = new EnumMap<>(ReportStore.Outcome.class);
            boolean schemesChanged = store.storeRatingSchemes(dataset.schemes());
            Set<String> councils = new TreeSet<>();
            List<Dataset.Entry> entries = new ArrayList<>(dataset.reports());
            // Read again inside the transaction, in one statement for all the kept files.
            StoredReports now = dataset.kept().isEmpty() ? StoredReports.NONE : store.storedReports();
            for (Dataset.Kept kept : dataset.kept()) {
                if (now.stillHolds(kept, dataset.checkedWith())) {
                    outcomes.merge(ReportStore.Outcome.UNCHANGED, 1, Integer::sum);
                } else {
                    // Changed since the folder was read (an import meanwhile): read and stored as any other file.
                    entries.add(dataset.read(kept));
                }
            }
            for (Dataset.Entry entry : entries) {
                ReportStore.Outcome outcome = store.store(entry.file(), entry.canonicalPath(), entry.sourceSha256(),
                        entry.scheme(), dataset.checkedWith());
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome != ReportStore.Outcome.UNCHANGED) {
                    councils.add(entry.file().council().slug());
                }
            }
            changed(schemesChanged, councils);
            return new Result(outcomes, entries.size());
        });
    }

    /** Stores one checked report with the rating schemes it is read by (a new database has none yet), in one transaction. */
    public ReportStore.Outcome load(uk.councilperformance.ratings.RatingSchemes schemes, Dataset.Entry report) {
        return transaction.execute(status -> {
            boolean schemesChanged = store.storeRatingSchemes(schemes);
            ReportStore.Outcome outcome = store.store(report.file(), report.canonicalPath(), report.sourceSha256(),
                    report.scheme(), null);
            changed(schemesChanged, councilOf(report, outcome));
            return outcome;
        });
    }

    /** Stores one checked report (e.g. an officer's new report) in one transaction. */
    public ReportStore.Outcome load(Dataset.Entry report) {
        return transaction.execute(status -> {
            ReportStore.Outcome outcome = store.store(report.file(), report.canonicalPath(), report.sourceSha256(),
                    report.scheme(), null);
            changed(false, councilOf(report, outcome));
            return outcome;
        });
    }

    private static Set<String> councilOf(Dataset.Entry report, ReportStore.Outcome outcome) {
        return outcome == ReportStore.Outcome.UNCHANGED ? Set.of() : Set.of(report.file().council().slug());
    }

    /**
     * Gives the data a new version if anything changed, and moves the version of each council whose reports did.
     * What no report mentions any more can only have been left by those councils' reports; should something be
     * removed when only the rating schemes changed, no one can say whose it was, but every council's version moves
     * then anyway. When nothing was stored, nothing is looked for and no version moves.
     */
    private void changed(boolean schemesChanged, Set<String> councils) {
        if (!schemesChanged && councils.isEmpty()) {
            // Nothing was stored, so nothing can have been left unreferenced (the search for it was most of a
            // national build with nothing to do).
            return;
        }
        store.removeUnreferenced();
        if (schemesChanged) {
            version.changed();
        } else {
            version.changed(councils);
        }
    }
}
