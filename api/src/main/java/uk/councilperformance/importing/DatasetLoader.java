package uk.councilperformance.importing;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a checked {@link Dataset} in one transaction: either every report goes in, or nothing changes. */
@Service
public class DatasetLoader {

    private final ReportStore store;
    private final TransactionTemplate transaction;

    public DatasetLoader(ReportStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
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
            store.storeRatingSchemes(dataset.schemes());
            for (Dataset.Entry entry : dataset.reports()) {
                ReportStore.Outcome outcome = store.store(entry.file(), entry.canonicalPath(), entry.sourceSha256(), entry.scheme());
                outcomes.merge(outcome, 1, Integer::sum);
            }
            store.removeUnreferenced();
            return new Result(outcomes);
        });
    }

    /** Stores one checked report with the rating schemes it is read by (a new database has none yet), in one transaction. */
    public ReportStore.Outcome load(uk.councilperformance.ratings.RatingSchemes schemes, Dataset.Entry report) {
        return transaction.execute(status -> {
            store.storeRatingSchemes(schemes);
            ReportStore.Outcome outcome = store.store(report.file(), report.canonicalPath(), report.sourceSha256(),
                    report.scheme());
            store.removeUnreferenced();
            return outcome;
        });
    }

    /** Stores one checked report (e.g. an officer's new report) in one transaction. */
    public ReportStore.Outcome load(Dataset.Entry report) {
        return transaction.execute(status -> {
            ReportStore.Outcome outcome = store.store(report.file(), report.canonicalPath(), report.sourceSha256(),
                    report.scheme());
            store.removeUnreferenced();
            return outcome;
        });
    }
}
