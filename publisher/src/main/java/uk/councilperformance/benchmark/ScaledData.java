package uk.councilperformance.benchmark;

import java.nio.file.Path;

import uk.councilperformance.importing.Dataset;
import uk.councilperformance.reports.ReportFile;

/**
 * A data folder about N times the bundled data: the bundled reports plus synthetic councils from
 * {@link SyntheticReports} (test data, never mixed with real data outside the bench's temporary folders).
 * Size is counted in indicator and milestone rows (one per report that printed them), the bulk of the database.
 */
public final class ScaledData {

    /** Rows a synthetic council-year adds: four quarterly reports, each restating ~4 × (30 indicators + 27.5 milestones). */
    private static final double ROWS_PER_SYNTHETIC_YEAR = 4 * 4 * (30 + 27.5);
    private static final long SEED = 6;

    /** A data folder and what is in it. */
    public record Folder(Path path, int factor, int reports, int councils, int rows, double actualFactor) {
    }

    private ScaledData() {
    }

    public static int rows(Dataset dataset) {
        int rows = 0;
        for (Dataset.Entry entry : dataset.reports()) {
            for (ReportFile.Plan plan : entry.file().plans()) {
                for (ReportFile.Theme theme : plan.themes()) {
                    rows += theme.indicators().size();
                    for (ReportFile.Project project : theme.projects()) {
                        rows += project.milestones().size();
                    }
                }
            }
        }
        return rows;
    }

    /** The bundled folder itself at 1×; otherwise a copy with synthetic councils added, under work. */
    public static Folder of(Path bundled, int factor, Path work) {
        Dataset base = Dataset.read(bundled);
        int baseRows = rows(base);
        Path folder = bundled;
        if (factor > 1) {
            folder = work.resolve("data-" + factor + "x");
            Dataset.copy(bundled, folder);
            // Three years a council, as the bundled data has; enough councils to come closest to the target.
            int years = 3;
            double needed = (double) baseRows * (factor - 1);
            int councils = Math.max(1, (int) Math.round(needed / (years * ROWS_PER_SYNTHETIC_YEAR)));
            SyntheticReports.write(folder, bundled.resolve("rating-schemes.yaml"), councils, years, SEED);
        }
        Dataset dataset = Dataset.read(folder);
        int rows = rows(dataset);
        long councils = dataset.reports().stream().map(e -> e.file().council().slug()).distinct().count();
        return new Folder(folder, factor, dataset.reports().size(), (int) councils, rows, (double) rows / baseRows);
    }
}
