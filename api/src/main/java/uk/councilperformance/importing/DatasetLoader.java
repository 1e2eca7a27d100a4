package uk.councilperformance.importing;

import java.util.EnumMap;
import java.util.Map;

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

    /** What a load did, by outcome. */
    public record Result(Map<ReportStore.Outcome, Integer> outcomes) {
        public int count(ReportStore.Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }
    }

    public Result load(Dataset dataset) {
        return transaction.execute(status -> {
            Map<ReportStore.Outcome, Integer> outcomes = new EnumMap<>(ReportStore.Outcome.class);
            boolean changed = store.storeRatingSchemes(dataset.schemes());
            for (Dataset.Entry entry : dataset.reports()) {
                ReportStore.Outcome outcome = store.store(entry.file(), entry.canonicalPath(), entry.sourceSha256(), entry.scheme());
                outcomes.merge(outcome, 1, Integer::sum);
                changed |= outcome != ReportStore.Outcome.UNCHANGED;
            }
            changed(changed);
            return new Result(outcomes);
        });
    }

    /** Stores one checked report with the rating schemes it is read by (a new database has none yet), in one transaction. */
    public ReportStore.Outcome load(uk.councilperformance.ratings.RatingSchemes schemes, Dataset.Entry report) {
        return transaction.execute(status -> {
            boolean schemesChanged = store.storeRatingSchemes(schemes);
            ReportStore.Outcome outcome = store.store(report.file(), report.canonicalPath(), report.sourceSha256(),
                    report.scheme());
            changed(schemesChanged || outcome != ReportStore.Outcome.UNCHANGED);
            return outcome;
        });
    }

    /** Stores one checked report (e.g. an officer's new report) in one transaction. */
    public ReportStore.Outcome load(Dataset.Entry report) {
        return transaction.execute(status -> {
            ReportStore.Outcome outcome = store.store(report.file(), report.canonicalPath(), report.sourceSha256(),
                    report.scheme());
            changed(outcome != ReportStore.Outcome.UNCHANGED);
            return outcome;
        });
    }

    private void changed(boolean stored) {
        // Removing what no report mentions any more is itself a change, whatever else happened.
        if (store.removeUnreferenced() || stored) {
            version.changed();
        }
    }
}
