package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.indicators.PublishedNumbers;
import uk.councilperformance.periods.Quarter;
import uk.councilperformance.ratings.RatingScheme;
import uk.councilperformance.ratings.RatingSchemes;
import uk.councilperformance.reports.Keys;
import uk.councilperformance.reports.ReportFile;
import uk.councilperformance.reports.ReportFile.Indicator;
import uk.councilperformance.reports.ReportFile.Milestone;
import uk.councilperformance.reports.ReportFile.Plan;
import uk.councilperformance.reports.ReportFile.Project;
import uk.councilperformance.reports.ReportFile.Summary;
import uk.councilperformance.reports.ReportFile.SummaryRow;
import uk.councilperformance.reports.ReportFile.Theme;
import uk.councilperformance.search.SearchText;
import uk.councilperformance.series.SeriesRule;
import uk.councilperformance.summaries.PublishedCount;

/**
 * Writes checked report files into the database. Each report's figures are stored as observations
 * of that report, so a later report restating or revising a figure adds to it rather than overwriting.
 * Callers run this inside one transaction.
 */
@Component
public class ReportStore {

    /** What storing a report did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private static final Pattern DUE_QUARTER = Pattern.compile("^\\s*Q([1-4])\\b");
    private static final Pattern CORPORATE_PLAN_YEARS = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{2,4})");

    private final JdbcClient db;
    private final SearchText search;

    public ReportStore(JdbcClient db, SearchText search) {
        this.db = db;
        this.search = search;
    }

    /** Stores the rating schemes; says whether any wording changed (the update skips rows already as given). */
    public boolean storeRatingSchemes(RatingSchemes schemes) {
        int changed = 0;
        for (RatingScheme scheme : schemes.schemes()) {
            Optional<Long> existing = db.sql("SELECT id FROM rating_scheme WHERE key = ?").param(scheme.key())
                    .query(Long.class).optional();
            long id;
            Integer lastYear = scheme.lastYear().map(y -> y.startYear()).orElse(null);
            if (existing.isPresent()) {
                id = existing.get();
                changed += db.sql("UPDATE rating_scheme SET title = ?, first_year = ?, last_year = ? WHERE id = ?"
                                + " AND (title <> ? OR first_year <> ? OR last_year IS DISTINCT FROM ?)")
                        .params(scheme.title(), scheme.firstYear().startYear(), lastYear, id,
                                scheme.title(), scheme.firstYear().startYear(), lastYear).update();
            } else {
                id = insert("INSERT INTO rating_scheme (key, title, first_year, last_year) VALUES (?, ?, ?, ?)",
                        scheme.key(), scheme.title(), scheme.firstYear().startYear(), lastYear);
                changed++;
            }
            // Updated in place, so that rebuilding from unchanged files leaves every row as it was.
            List<String> keys = new ArrayList<>();
            int position = 0;
            for (RatingScheme.Status status : scheme.statuses()) {
                keys.add(status.key());
                String symbol = status.symbol().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse(null);
                Optional<Map<String, Object>> row = db.sql("SELECT label, common_status, symbol, position FROM rating_scheme_status"
                        + " WHERE rating_scheme_id = ? AND key = ?").params(id, status.key()).query().listOfRows().stream().findFirst();
                if (row.isEmpty()) {
                    insert("INSERT INTO rating_scheme_status (rating_scheme_id, key, label, common_status, symbol, position)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", id, status.key(), status.label(), status.common().key(), symbol, position);
                    changed++;
                } else if (!status.label().equals(row.get().get("label")) || !status.common().key().equals(row.get().get("common_status"))
                        || !java.util.Objects.equals(symbol, row.get().get("symbol"))
                        || ((Number) row.get().get("position")).intValue() != position) {
                    db.sql("UPDATE rating_scheme_status SET label = ?, common_status = ?, symbol = ?, position = ?"
                                    + " WHERE rating_scheme_id = ? AND key = ?")
                            .params(status.label(), status.common().key(), symbol, position, id, status.key()).update();
                    changed++;
                }
                position++;
            }
            changed += db.sql("DELETE FROM rating_scheme_status WHERE rating_scheme_id = ? AND key NOT IN (:keys)".replace(":keys",
                    String.join(", ", java.util.Collections.nCopies(keys.size(), "?"))))
                    .params(prepend(id, keys)).update();
        }
        return changed > 0;
    }

    /**
     * The report files stored with a check of a database build (imports store none: the next build reads their files),
     * for that build to leave alone the files it would only read to find them unchanged.
     */
    public StoredReports storedReports() {
        Map<String, StoredReports.Stored> stored = new HashMap<>();
        db.sql("SELECT r.canonical_sha256, r.slug, c.slug AS council, r.source_file, r.source_sha256, r.checked_with"
                        + " FROM report r JOIN council c ON c.id = r.council_id WHERE r.checked_with IS NOT NULL")
                .query(rs -> {
                    stored.put(rs.getString(1), new StoredReports.Stored(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                });
        return new StoredReports(stored);
    }

    /**
     * Stores a checked report file. checkedWith is what a database build checked it against (ImporterBuild), or null
     * for an import, whose file the next build reads again.
     */
    public Outcome store(ReportFile file, String canonicalPath, String sourceSha256, RatingScheme scheme, String checkedWith) {
        long councilId = council(file.council());
        Optional<Map<String, Object>> existing = db.sql("SELECT id, canonical_sha256, source_sha256, checked_with FROM report WHERE slug = ?")
                .param(file.report().slug()).query().listOfRows().stream().findFirst();
        if (existing.isPresent() && file.sha256().equals(existing.get().get("canonical_sha256"))
                && sourceSha256.equals(existing.get().get("source_sha256"))) {
            if (checkedWith != null && !checkedWith.equals(existing.get().get("checked_with"))) {
                // Not a change to the data: what the next build may trust without reading the file again.
                db.sql("UPDATE report SET checked_with = ? WHERE id = ?").params(checkedWith, existing.get().get("id")).update();
            }
            return Outcome.UNCHANGED;
        }
        Long corporatePlanId = file.report().corporatePlan().map(title -> corporatePlan(councilId, title)).orElse(null);
        long reportId;
        ReportFile.Report r = file.report();
        Object[] reportColumns = {councilId, r.title(), r.meeting().body(), r.meeting().date().toString(),
                r.meeting().item().orElse(null), r.financialYear().startYear(), r.quarter().number(), r.endOfYear(),
                corporatePlanId, r.sourceFile(), sourceSha256, canonicalPath, file.sha256(), r.transcriptionMethod(),
                r.transcriptionNotes().orElse(null), checkedWith};
        if (existing.isPresent()) {
            reportId = ((Number) existing.get().get("id")).longValue();
            removeFiguresOf(reportId);
            List<Object> params = new ArrayList<>(java.util.Arrays.asList(reportColumns));
            params.add(reportId);
            db.sql("UPDATE report SET council_id = ?, title = ?, meeting_body = ?, meeting_date = ?, meeting_item = ?,"
                    + " financial_year = ?, quarter = ?, end_of_year = ?, corporate_plan_id = ?, source_file = ?,"
                    + " source_sha256 = ?, canonical_file = ?, canonical_sha256 = ?, transcription_method = ?,"
                    + " transcription_notes = ?, checked_with = ? WHERE id = ?").params(params).update();
        } else {
            List<Object> params = new ArrayList<>(java.util.Arrays.asList(reportColumns));
            params.add(1, r.slug());
            reportId = insert("INSERT INTO report (council_id, slug, title, meeting_body, meeting_date, meeting_item,"
                    + " financial_year, quarter, end_of_year, corporate_plan_id, source_file, source_sha256,"
                    + " canonical_file, canonical_sha256, transcription_method, transcription_notes, checked_with)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params.toArray());
        }
        long schemeId = db.sql("SELECT id FROM rating_scheme WHERE key = ?").param(scheme.key()).query(Long.class).single();

        Map<String, Long> planIds = new HashMap<>();
        for (Plan plan : file.plans()) {
            long planId = plan(councilId, r.financialYear().startYear(), plan, corporatePlanId, schemeId);
            planIds.put(plan.key(), planId);
            insert("INSERT INTO plan_entry (plan_id, report_id, title, appendix, commentary, comment_heading, source_line)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", planId, reportId, plan.title(), plan.appendix().orElse(null),
                    plan.commentary().orElse(null), plan.commentHeading().orElse(null), plan.line().orElse(null));
            String place = plan.appendix().map(a -> a + " – ").orElse("");
            for (Theme theme : plan.themes()) {
                long themeId = theme(planId, theme.name());
                storeIndicators(councilId, reportId, themeId, theme, place + "Performance indicators");
                storeProjects(councilId, reportId, themeId, theme, place + "Projects and milestones");
            }
            int position = 0;
            for (Summary summary : plan.summaries()) {
                storeSummary(reportId, planId, summary, position++, planIds);
            }
        }
        int position = 0;
        for (Summary summary : file.summaries()) {
            storeSummary(reportId, null, summary, position++, planIds);
        }
        search.reportStored(reportId);
        return existing.isPresent() ? Outcome.REPLACED : Outcome.ADDED;
    }

    /** Removes things that no report mentions any more, after a report was replaced. */
    public void removeUnreferenced() {
        // Anything an officer corrected is kept: the correction is part of the record.
        db.sql("DELETE FROM indicator WHERE NOT EXISTS (SELECT 1 FROM indicator_entry e WHERE e.indicator_id = indicator.id)"
                + " AND NOT EXISTS (SELECT 1 FROM correction c WHERE c.indicator_id = indicator.id)").update();
        db.sql("DELETE FROM milestone WHERE NOT EXISTS (SELECT 1 FROM milestone_entry e WHERE e.milestone_id = milestone.id)"
                + " AND NOT EXISTS (SELECT 1 FROM correction c WHERE c.milestone_id = milestone.id)").update();
        db.sql("DELETE FROM project WHERE NOT EXISTS (SELECT 1 FROM milestone m WHERE m.project_id = project.id)").update();
        db.sql("DELETE FROM theme WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.theme_id = theme.id)"
                + " AND NOT EXISTS (SELECT 1 FROM project p WHERE p.theme_id = theme.id)").update();
        db.sql("DELETE FROM plan WHERE NOT EXISTS (SELECT 1 FROM plan_entry e WHERE e.plan_id = plan.id)"
                + " AND NOT EXISTS (SELECT 1 FROM theme t WHERE t.plan_id = plan.id)"
                + " AND NOT EXISTS (SELECT 1 FROM summary_table s WHERE s.plan_id = plan.id)"
                + " AND NOT EXISTS (SELECT 1 FROM summary_count c WHERE c.row_plan_id = plan.id)").update();
        db.sql("DELETE FROM series WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.series_id = series.id)"
                + " AND NOT EXISTS (SELECT 1 FROM project p WHERE p.series_id = series.id)"
                + " AND NOT EXISTS (SELECT 1 FROM milestone m WHERE m.series_id = series.id)"
                + " AND NOT EXISTS (SELECT 1 FROM correction c WHERE c.series_id = series.id OR c.previous_series_id = series.id)").update();
        search.removeOrphans();
    }

    private void removeFiguresOf(long reportId) {
        db.sql("DELETE FROM summary_count WHERE summary_table_id IN (SELECT id FROM summary_table WHERE report_id = ?)")
                .param(reportId).update();
        db.sql("DELETE FROM summary_table WHERE report_id = ?").param(reportId).update();
        db.sql("DELETE FROM milestone_rating WHERE milestone_entry_id IN (SELECT id FROM milestone_entry WHERE report_id = ?)")
                .param(reportId).update();
        db.sql("DELETE FROM milestone_entry WHERE report_id = ?").param(reportId).update();
        db.sql("DELETE FROM indicator_value WHERE indicator_entry_id IN (SELECT id FROM indicator_entry WHERE report_id = ?)")
                .param(reportId).update();
        db.sql("DELETE FROM indicator_entry WHERE report_id = ?").param(reportId).update();
        db.sql("DELETE FROM plan_entry WHERE report_id = ?").param(reportId).update();
    }

    private void storeIndicators(long councilId, long reportId, long themeId, Theme theme, String table) {
        for (Indicator i : theme.indicators()) {
            String key = indicatorKey(i);
            SeriesRule rule = SeriesRule.of(i.series(), i.name(), i.breakdown());
            long seriesId = series(councilId, "indicator", rule.key(), i.name() + i.breakdown().map(b -> " – " + b).orElse(""));
            long indicatorId = upsertChild("indicator", "theme_id", themeId, key,
                    "INSERT INTO indicator (theme_id, key, name, breakdown, unit, polarity, series_id, series_rule, position)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    themeId, key, i.name(), i.breakdown().orElse(null), i.unit().orElse(null), i.polarity().orElse(null),
                    seriesId, rule.explanation());
            if (i.unit().isPresent() || i.polarity().isPresent()) {
                // The latest report that says wins; one that is silent leaves what is known.
                db.sql("UPDATE indicator SET unit = COALESCE(?, unit), polarity = COALESCE(?, polarity) WHERE id = ?")
                        .params(i.unit().orElse(null), i.polarity().orElse(null), indicatorId).update();
            }
            long entryId = insert("INSERT INTO indicator_entry (indicator_id, report_id, frequency, total_type, direction,"
                            + " comparison, assessment, note, source_table, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    indicatorId, reportId, i.frequency().orElse(null), i.totalType().orElse(null),
                    i.direction().orElse(null), i.comparison().orElse(null), i.assessment().orElse(null),
                    i.note().orElse(null), table, i.line().orElse(null));
            i.figures().forEach((field, text) -> value(entryId, field, text));
        }
    }

    private void value(long entryId, String field, String text) {
        PublishedNumbers numbers = PublishedNumbers.parse(text);
        insert("INSERT INTO indicator_value (indicator_entry_id, field, published_text, count_value, money_value,"
                        + " percent_value) VALUES (?, ?, ?, ?, ?, ?)", entryId, field, text,
                numbers.count().orElse(null), numbers.money().orElse(null), numbers.percent().orElse(null));
    }

    private void storeProjects(long councilId, long reportId, long themeId, Theme theme, String table) {
        for (Project p : theme.projects()) {
            String key = Keys.of(p.name());
            SeriesRule projectRule = SeriesRule.of(Optional.empty(), p.name(), Optional.empty());
            long seriesId = series(councilId, "project", projectRule.key(), p.name());
            long projectId = upsertChild("project", "theme_id", themeId, key,
                    "INSERT INTO project (theme_id, key, approach, name, outcomes, note, series_id, series_rule, position)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    themeId, key, p.approach().orElse(null), p.name(), p.outcomes().orElse(null), p.note().orElse(null), seriesId,
                    projectRule.explanation());
            for (Milestone m : p.milestones()) {
                String milestoneKey = Keys.of(m.name());
                SeriesRule rule = m.series().isPresent()
                        ? SeriesRule.of(m.series(), m.name(), Optional.empty())
                        : new SeriesRule(projectRule.key() + "--" + SeriesRule.of(Optional.empty(), m.name(), Optional.empty()).key(),
                        SeriesRule.AUTOMATIC + ", within the same key project");
                long milestoneSeries = series(councilId, "milestone", rule.key(), m.name());
                long milestoneId = upsertChild("milestone", "project_id", projectId, milestoneKey,
                        "INSERT INTO milestone (project_id, key, name, series_id, series_rule, position) VALUES (?, ?, ?, ?, ?, ?)",
                        projectId, milestoneKey, m.name(), milestoneSeries, rule.explanation());
                String cells = m.cells().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n"));
                long entryId = insert("INSERT INTO milestone_entry (milestone_id, report_id, comment, due_text, due_quarter,"
                                + " cells, note, source_table, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        milestoneId, reportId, m.comment().orElse(null), m.due().orElse(null),
                        m.due().flatMap(ReportStore::dueQuarter).map(Quarter::number).orElse(null),
                        cells.isEmpty() ? null : cells, m.note().orElse(null), table, m.line().orElse(null));
                m.ratings().forEach((quarter, rating) -> insert(
                        "INSERT INTO milestone_rating (milestone_entry_id, quarter, published_symbol, scheme_status,"
                                + " common_status) VALUES (?, ?, ?, ?, ?)", entryId, quarter.number(), rating.published(),
                        rating.schemeStatus().orElse(null), rating.common().key()));
            }
        }
    }

    private void storeSummary(long reportId, Long planId, Summary s, int position, Map<String, Long> planIds) {
        long tableId = insert("INSERT INTO summary_table (report_id, plan_id, title, source_table, kind, period, quarter,"
                        + " note, source_line, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reportId, planId,
                s.title().orElse(null), s.table(), s.kind(), s.period(), s.quarter().number(), s.note().orElse(null),
                s.line().orElse(null), position);
        int rowPosition = 0;
        for (SummaryRow row : s.rows()) {
            boolean total = row.plan().map("total"::equals).orElse(false);
            Long rowPlan = total ? null : row.plan().map(planIds::get).orElse(planId);
            Map<String, String> cells = new java.util.LinkedHashMap<>(row.counts());
            row.total().ifPresent(text -> cells.put("total", text));
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                PublishedCount count = PublishedCount.parse(cell.getValue());
                insert("INSERT INTO summary_count (summary_table_id, row_position, row_plan_id, row_is_total, row_label,"
                                + " status, published_text, count_value, percent_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        tableId, rowPosition, rowPlan, total, row.label().orElse(null), cell.getKey(), cell.getValue(),
                        count.count().orElse(null), count.percent().orElse(null));
            }
            rowPosition++;
        }
    }

    static Optional<Quarter> dueQuarter(String due) {
        Matcher m = DUE_QUARTER.matcher(due);
        return m.find() ? Optional.of(Quarter.of(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    private long council(ReportFile.Council council) {
        Optional<Long> id = db.sql("SELECT id FROM council WHERE slug = ?").param(council.slug()).query(Long.class).optional();
        if (id.isPresent()) {
            db.sql("UPDATE council SET name = ? WHERE id = ?").params(council.name(), id.get()).update();
            return id.get();
        }
        return insert("INSERT INTO council (slug, name) VALUES (?, ?)", council.slug(), council.name());
    }

    private long corporatePlan(long councilId, String title) {
        Optional<Long> id = db.sql("SELECT id FROM corporate_plan WHERE council_id = ? AND title = ?")
                .params(councilId, title).query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        Matcher m = CORPORATE_PLAN_YEARS.matcher(title);
        Integer first = null;
        Integer last = null;
        if (m.find()) {
            first = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            // "2018-23" is the plan for the financial years starting 2018 to 2022.
            last = (end < 100 ? (first / 100) * 100 + end : end) - 1;
        }
        return insert("INSERT INTO corporate_plan (council_id, title, first_year, last_year) VALUES (?, ?, ?, ?)",
                councilId, title, first, last);
    }

    private long plan(long councilId, int year, Plan plan, Long corporatePlanId, long schemeId) {
        Optional<Long> id = db.sql("SELECT id FROM plan WHERE council_id = ? AND financial_year = ? AND key = ?")
                .params(councilId, year, plan.key()).query(Long.class).optional();
        if (id.isPresent()) {
            // Reports are stored oldest first, so the latest report's title wins.
            db.sql("UPDATE plan SET title = ?, corporate_plan_id = COALESCE(?, corporate_plan_id), rating_scheme_id = ? WHERE id = ?")
                    .params(plan.title(), corporatePlanId, schemeId, id.get()).update();
            return id.get();
        }
        return insert("INSERT INTO plan (council_id, financial_year, key, title, corporate_plan_id, rating_scheme_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)", councilId, year, plan.key(), plan.title(), corporatePlanId, schemeId);
    }

    /** A theme's name as stored: a table continued on the next page ("... (continued)") is the same theme. */
    private static String themeName(String publishedName) {
        return publishedName.replaceAll("(?i)\\s*\\((?:continued|cont\\.?)\\)\\s*$", "").strip();
    }

    /** The key a theme is stored under within its plan. */
    static String themeKey(String publishedName) {
        return Keys.of(themeName(publishedName));
    }

    /** The key an indicator row is stored under within its theme: its name and breakdown. */
    static String indicatorKey(Indicator i) {
        return Keys.of(i.name() + i.breakdown().map(b -> " " + b).orElse(""));
    }

    private long theme(long planId, String publishedName) {
        String name = themeName(publishedName);
        String key = themeKey(publishedName);
        Optional<Long> id = db.sql("SELECT id FROM theme WHERE plan_id = ? AND key = ?").params(planId, key)
                .query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        int position = db.sql("SELECT COUNT(*) FROM theme WHERE plan_id = ?").param(planId).query(Integer.class).single();
        return insert("INSERT INTO theme (plan_id, key, name, position) VALUES (?, ?, ?, ?)", planId, key, name, position);
    }

    private long series(long councilId, String kind, String key, String title) {
        Optional<Long> id = db.sql("SELECT id FROM series WHERE council_id = ? AND kind = ? AND key = ?")
                .params(councilId, kind, key).query(Long.class).optional();
        if (id.isPresent()) {
            db.sql("UPDATE series SET title = ? WHERE id = ?").params(title, id.get()).update();
            return id.get();
        }
        return insert("INSERT INTO series (council_id, kind, key, title) VALUES (?, ?, ?, ?)", councilId, kind, key, title);
    }

    /** Finds a child row by its parent and key, or inserts it at the next position (the last parameter). */
    private long upsertChild(String table, String parentColumn, long parentId, String key, String insertSql, Object... params) {
        Optional<Long> id = db.sql("SELECT id FROM " + table + " WHERE " + parentColumn + " = ? AND key = ?")
                .params(parentId, key).query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        int position = db.sql("SELECT COUNT(*) FROM " + table + " WHERE " + parentColumn + " = ?").param(parentId)
                .query(Integer.class).single();
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = position;
        return insert(insertSql, all);
    }

    private long insert(String sql, Object... params) {
        return db.sql(sql + " RETURNING id").params(params).query(Long.class).single();
    }

    private static List<Object> prepend(Object first, List<?> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
