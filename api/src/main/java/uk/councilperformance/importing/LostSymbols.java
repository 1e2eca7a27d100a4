package uk.councilperformance.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rating symbols that were pictures in the PDF are missing from the text. Where a plan's published summary counts
 * for the report's quarter exceed the rating symbols the text shows in that quarter's column, the difference is
 * probably lost symbols: a warning at the summary table says how many, so that an officer with the PDF can write
 * the real symbols in. Nothing is recorded in their place: a blank stays blank.
 */
final class LostSymbols {

    private static final Pattern COUNT = Pattern.compile("^\\d{1,6}");

    private LostSymbols() {
    }

    /** One warning per plan whose counts exceed its symbols; the plan's own table first, else the report's. */
    static void warn(ParseContext ctx) {
        String quarter = ctx.quarter.name();
        for (Draft.Plan plan : ctx.plans) {
            Draft.Summary table = null;
            Draft.SummaryRow row = null;
            for (Draft.Summary s : plan.summaries) {
                if (isQuarterTable(s, quarter) && s.rows.size() == 1 && table == null) {
                    table = s;
                    row = s.rows.get(0);
                }
            }
            for (Draft.Summary s : ctx.reportSummaries) {
                for (Draft.SummaryRow r : s.rows) {
                    if (table == null && isQuarterTable(s, quarter) && plan.key.equals(r.plan)) {
                        table = s;
                        row = r;
                    }
                }
            }
            if (row == null) {
                continue;
            }
            int published = rated(row.counts);
            int shown = symbols(plan, quarter);
            if (published > shown) {
                int lost = published - shown;
                List<Integer> commented = unratedWithCommentary(plan, quarter);
                ctx.warn(row == table.rows.get(0) ? table.line : row.line, "the summary table counts " + published + " rated actions in "
                        + quarter + " for plan \"" + plan.title + "\", but the text shows " + shown + " rating symbol"
                        + (shown == 1 ? "" : "s") + " in the " + quarter + " column: " + lost + (lost == 1 ? " symbol is" : " symbols are")
                        + " probably lost (pictures in the PDF); with the PDF, write the real symbols in the report file"
                        + (commented.isEmpty() ? "" : " (milestones with commentary and no symbol: line"
                        + (commented.size() == 1 ? " " : "s ") + String.join(", ", commented.stream().map(String::valueOf).toList()) + ")"));
            }
        }
    }

    /** Where an officer might look first: milestones with commentary (often about slippage) and no symbol at all. */
    private static List<Integer> unratedWithCommentary(Draft.Plan plan, String quarter) {
        return plan.milestones().stream().filter(m -> !m.commentParts.isEmpty() && m.ratings.isEmpty() && !m.cells.containsKey(quarter))
                .map(m -> m.line).toList();
    }

    private static boolean isQuarterTable(Draft.Summary s, String quarter) {
        return "actions".equals(s.kind) && "quarter".equals(s.period) && quarter.equals(s.quarter);
    }

    /** The actions a row counts as rated: every status but "not rated"; cells read "10 (71.4%)", "0". */
    private static int rated(Map<String, String> counts) {
        int sum = 0;
        for (Map.Entry<String, String> e : counts.entrySet()) {
            Matcher m = COUNT.matcher(e.getValue().strip());
            if (!e.getKey().equals("not-rated") && m.find()) {
                sum += Integer.parseInt(m.group());
            }
        }
        return sum;
    }

    /** The rating symbols the text shows in the quarter's column, counting each of several printed in one cell. */
    private static int symbols(Draft.Plan plan, String quarter) {
        int shown = 0;
        for (Draft.Milestone m : plan.milestones()) {
            if (m.ratings.containsKey(quarter)) {
                shown++;
            }
            String cell = m.cells.get(quarter);
            if (cell != null && QuarterCell.kind(cell) == QuarterCell.Kind.SEVERAL_RATINGS) {
                shown += cell.strip().split("\\s+").length;
            }
        }
        return shown;
    }
}
