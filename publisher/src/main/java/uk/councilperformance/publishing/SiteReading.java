package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads everything one council's site is made from. The plans are most of it: each year's are asked for side by
 * side, with the reports, periods and changes between quarters, so that the API answers on every core at once.
 */
final class SiteReading {

    private static final int AT_ONCE = 3;

    private SiteReading() {
    }

    static SiteContent.Data of(SiteApi api, String council) {
        ExecutorService readers = Executors.newFixedThreadPool(AT_ONCE, r -> {
            Thread thread = new Thread(r, "publish-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Map<String, Object>>>> years = new ArrayList<>();
            for (String year : api.planYears(council)) {
                years.add(readers.submit(() -> api.plans(council, year)));
            }
            Future<List<Map<String, Object>>> reportsRead = readers.submit(() -> api.reports(council));
            Map<String, Object> periods = api.periods(council);
            List<Map<String, Object>> reports = result(reportsRead);
            List<Map<String, Object>> quarters = SiteContent.reportedQuarters(periods, reports);
            List<String> pairKeys = new ArrayList<>();
            List<List<Map<String, Object>>> pairs = new ArrayList<>();
            for (int i = 1; i < quarters.size(); i++) {
                pairKeys.add(SiteContent.pairKey(quarters.get(i - 1), quarters.get(i)));
                pairs.add(List.of(input(quarters.get(i - 1)), input(quarters.get(i))));
            }
            Future<List<Map<String, Object>>> changesRead = readers.submit(() -> api.changes(council, pairs));
            List<Map<String, Object>> plans = new ArrayList<>();
            for (Future<List<Map<String, Object>>> year : years) {
                plans.addAll(result(year));
            }
            ReportReferences.expand(plans, reports);
            Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
            List<Map<String, Object>> changed = result(changesRead);
            for (int i = 0; i < pairKeys.size(); i++) {
                changes.put(pairKeys.get(i), changed.get(i));
            }
            return new SiteContent.Data(reports, plans, periods, changes);
        } finally {
            readers.shutdownNow();
        }
    }

    private static Map<String, Object> input(Map<String, Object> quarter) {
        return Json.ordered("year", quarter.get("financialYear"), "quarter", quarter.get("quarter"));
    }

    /** A read's result, its own failure thrown as it was. */
    static <T> T result(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading from the API", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
