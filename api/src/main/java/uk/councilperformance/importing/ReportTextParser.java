package uk.councilperformance.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.periods.Quarter;
import uk.councilperformance.reports.Keys;
import uk.councilperformance.reports.ReportFileException;
import uk.councilperformance.reports.ReportFileReader;
import uk.councilperformance.reports.YamlMap;

/**
 * Reads a published report text (tab-separated tables extracted from the PDF) into the canonical report
 * structure (docs/canonical-format.md). Tables are recognised by their header rows and columns, never by line
 * numbers; whatever cannot be read becomes a warning with file, line, column and why, and nothing is invented.
 */
public final class ReportTextParser {

    private static final Pattern PLAN_HEADING = Pattern.compile(
            "^(?:(Appendix\\s+\\d+)[:.]?\\s+)?(.*\\b(?:PDP|Priority Delivery Plan)\\b.*\\b\\d{4}\\s*[-/–]\\s*\\d{2,4}\\b.*)$");
    private static final Pattern APPENDIX = Pattern.compile("^Appendix\\s+\\d+$");

    /** The canonical structure, ready to be written, and what could not be read. */
    public record Result(Map<String, Object> canonical, String slug, List<ImportWarning> warnings) {
    }

    /**
     * @param sourceFile the text's path relative to the data folder, as the report file records it
     * @param displayName how warnings name the file
     */
    public static Result parse(Path text, String sourceFile, String displayName, ImportHints hints) {
        List<SourceLine> lines = read(text, displayName);
        Optional<String> firstPlan = Optional.empty();
        for (SourceLine line : lines) {
            Optional<String[]> plan = planHeading(line);
            if (plan.isPresent()) {
                firstPlan = Optional.of(plan.get()[1]);
                break;
            }
        }
        ReportHeading heading = ReportHeading.read(lines, firstPlan);
        Optional<Quarter> quarter = hints.quarter().or(heading::quarter);
        Optional<String> body = hints.meetingBody().or(heading::body);
        var date = hints.meetingDate().or(heading::date);
        List<String> missing = new ArrayList<>();
        if (heading.title() == null) {
            missing.add("the report's title (no Cabinet heading, agenda item or plan heading)");
        }
        if (heading.year().isEmpty()) {
            missing.add("the financial year");
        }
        if (quarter.isEmpty()) {
            missing.add("the quarter (give --quarter)");
        }
        if (body.isEmpty() || date.isEmpty()) {
            missing.add("the meeting (give --meeting-body and --meeting-date)");
        }
        if (hints.councilSlug().isEmpty()) {
            missing.add("the council (give --council-slug and --council-name)");
        }
        if (!missing.isEmpty()) {
            throw new ReportFileException(displayName, 1, 0, "", "cannot tell " + String.join("; ", missing)
                    + " from the text");
        }
        FinancialYear year = heading.year().get();
        ParseContext ctx = new ParseContext(displayName, lines, year, quarter.get(), heading.itemNumber().orElse(null));
        new ReportTextParser().body(ctx);

        boolean endOfYear = heading.endOfYear();
        String slug = ReportHeading.slug(date.get(), body.get(), endOfYear, quarter.get(), year);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", ReportFileReader.FORMAT);
        // In a fixed order (Map.of's order changes from run to run), so that the same text gives the same file.
        Map<String, Object> council = new LinkedHashMap<>();
        council.put("slug", hints.councilSlug().get());
        council.put("name", hints.councilName().orElse(hints.councilSlug().get()));
        root.put("council", council);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("slug", slug);
        report.put("title", heading.title());
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("body", body.get());
        meeting.put("date", date.get().toString());
        hints.item().or(heading::item).ifPresent(item -> meeting.put("item", item));
        report.put("meeting", meeting);
        report.put("financialYear", year.toString());
        report.put("quarter", quarter.get().name());
        report.put("endOfYear", endOfYear);
        heading.corporatePlan().ifPresent(p -> report.put("corporatePlan", p));
        report.put("source", Map.of("file", sourceFile));
        List<Object> summaries = reportSummaries(ctx);
        LostSymbols.warn(ctx);
        // In reading order, as an officer goes through the text.
        ctx.warnings.sort(java.util.Comparator.comparingInt(ImportWarning::line).thenComparingInt(ImportWarning::column));
        Map<String, Object> transcription = new LinkedHashMap<>();
        transcription.put("method", "importer");
        transcription.put("notes", notes(sourceFile, ctx.warnings));
        report.put("transcription", transcription);
        root.put("report", report);
        root.put("summaries", summaries);
        root.put("plans", ctx.plans.stream().map(Draft.Plan::toMap).toList());
        return new Result(root, slug, List.copyOf(ctx.warnings));
    }

    /** Far beyond any report (the bundled texts are under 500 lines and 64 kB): what is longer is not a report text. */
    static final int MOST_LINES = 20_000;
    static final int MOST_CHARACTERS = 2_000_000;

    private static List<SourceLine> read(Path text, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(text);
        } catch (IOException e) {
            throw new ReportFileException(displayName, 0, 0, "", "cannot be read: " + e.getMessage());
        }
        String content = utf8(bytes, displayName);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.indexOf('\0') >= 0) {
            int at = content.indexOf('\0');
            int line = (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            throw new ReportFileException(displayName, line, 0, "", "contains binary data (a NUL byte), not report text");
        }
        String[] raw = content.split("\r?\n", -1);
        List<SourceLine> lines = new ArrayList<>();
        int characters = 0;
        for (int i = 0; i < raw.length; i++) {
            if (i == MOST_LINES) {
                throw new ReportFileException(displayName, i + 1, 0, "", String.format("has more than %,d lines; a report text has a few "
                        + "hundred (is this the text of one report?)", MOST_LINES));
            }
            characters += raw[i].length() + 1;
            if (characters > MOST_CHARACTERS) {
                throw new ReportFileException(displayName, i + 1, 0, "", String.format("the text is longer than %,d characters here; "
                        + "a report text is tens of thousands (is this the text of one report?)", MOST_CHARACTERS));
            }
            SourceLine line = SourceLine.of(i + 1, raw[i]);
            for (int c = 0; c < line.size(); c++) {
                if (line.raw(c).length() > YamlMap.LONGEST_TEXT) {
                    throw new ReportFileException(displayName, i + 1, line.column(c), "", String.format("a cell of %,d characters; the "
                            + "longest text allowed is %,d (is a whole document pasted into one cell?)", line.raw(c).length(), YamlMap.LONGEST_TEXT));
                }
            }
            lines.add(line);
        }
        return lines;
    }

    /** The bytes as UTF-8; otherwise an error at the line and column of the first byte that is not. */
    private static String utf8(byte[] bytes, String displayName) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw new ReportFileException(displayName, 1, 1, "", "is UTF-16 text (it starts with a UTF-16 byte-order mark); "
                    + "save the report text as UTF-8");
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            String utf16 = before.indexOf('\0') >= 0 ? " (it looks like UTF-16 text)" : "";
            throw new ReportFileException(displayName, line, column, "", String.format("byte 0x%02X is not UTF-8%s; save the report "
                    + "text as UTF-8", bytes[in.position()] & 0xFF, utf16));
        }
        out.flip();
        return out.toString();
    }

    /** [appendix or null, title] when the line heads a Priority Delivery Plan. */
    static Optional<String[]> planHeading(SourceLine line) {
        if (line.isRow() && line.filled().size() > 1) {
            return Optional.empty();
        }
        String text = line.prose();
        if (text.length() > 130 || text.endsWith(".") || text.matches("^(\\d+(\\.\\d+)*\\.?|-)\\s.*")
                || text.contains("Report to") || text.matches("(?i)^comments\\b.*")) {
            return Optional.empty();
        }
        Matcher m = PLAN_HEADING.matcher(text);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2).strip()}) : Optional.empty();
    }

    private void body(ParseContext ctx) {
        String pendingAppendix = null;
        IndicatorTableReader indicators = new IndicatorTableReader(ctx);
        ProjectTableReader projects = new ProjectTableReader(ctx);
        SummaryTableReader summaries = new SummaryTableReader(ctx);
        for (int i = 0; i < ctx.lines.size(); i++) {
            SourceLine line = ctx.lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Optional<String[]> plan = planHeading(line);
            if (plan.isPresent()) {
                startPlan(ctx, line, plan.get()[0] != null ? plan.get()[0] : pendingAppendix, plan.get()[1]);
                pendingAppendix = null;
                continue;
            }
            if (!line.isRow()) {
                String text = line.prose();
                if (APPENDIX.matcher(text).matches()) {
                    pendingAppendix = text;
                } else if (text.toLowerCase(java.util.Locale.ROOT).startsWith("comments on overall performance") && ctx.plan != null) {
                    i = commentary(ctx, i);
                }
                continue;
            }
            if (ProjectTableReader.header(line) != null) {
                i = projects.read(i);
            } else if (IndicatorTableReader.header(line) != null) {
                i = indicators.read(i);
            } else if (!SummaryTableReader.statusColumns(line).isEmpty()) {
                i = summaries.read(i);
            } else if (line.filled().size() == 1 && line.filled().get(0) == 0 && nextIsTableHeader(ctx, i)) {
                String name = line.cell(0).replaceFirst("(?i)^Strategic Objective\\s*", "");
                if (!name.isEmpty()) {
                    ctx.theme(line, name);
                }
            }
        }
        for (Draft.Plan p : ctx.plans) {
            finish(ctx, p);
        }
        ctx.plans.removeIf(Draft.Plan::isEmpty);
    }

    private static boolean nextIsTableHeader(ParseContext ctx, int i) {
        int k = i + 1;
        while (k < ctx.lines.size() && ctx.lines.get(k).isBlank()) {
            k++;
        }
        return k < ctx.lines.size() && (ProjectTableReader.header(ctx.lines.get(k)) != null
                || IndicatorTableReader.header(ctx.lines.get(k)) != null);
    }

    private static void startPlan(ParseContext ctx, SourceLine line, String appendix, String title) {
        Draft.Plan plan = new Draft.Plan();
        plan.title = title;
        plan.appendix = appendix;
        plan.line = line.number();
        plan.key = PlanKeys.known(title, ctx.year).orElseGet(() -> {
            String key = PlanKeys.fromWords(title);
            ctx.warn(line, 0, "plan \"" + title + "\" is none of the known plans; keyed \"" + key
                    + "\" (check the key in the report file: the same plan must keep its key across years)");
            return key;
        });
        ctx.startPlan(plan);
    }

    /** "Comments on overall performance ...": the paragraphs that follow, up to the next heading or table. */
    private static int commentary(ParseContext ctx, int at) {
        List<String> paragraphs = new ArrayList<>();
        int i = at + 1;
        for (; i < ctx.lines.size(); i++) {
            SourceLine line = ctx.lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String text = line.prose();
            if (line.isRow() || text.length() < 80 && !text.endsWith(".")) {
                break;
            }
            paragraphs.add(line.text().strip());
        }
        ctx.plan.commentary = String.join("\n\n", paragraphs);
        return i - 1;
    }

    private static void finish(ParseContext ctx, Draft.Plan plan) {
        if (!plan.unthemed.isEmpty()) {
            if (plan.themes.isEmpty()) {
                ctx.warn(plan.line, "indicators printed with no theme heading and the plan has none; put in a theme named after the plan");
                Draft.Theme t = new Draft.Theme();
                t.name = plan.title;
                t.line = plan.line;
                plan.themes.add(t);
            }
            plan.themes.get(0).indicators.addAll(0, plan.unthemed);
            plan.unthemed.clear();
        }
        ProjectTableReader.finish(plan, ctx.joiner);
        plan.themes.removeIf(t -> t.indicators.isEmpty() && t.projects.isEmpty());
        for (Draft.Theme t : plan.themes) {
            Set<String> seen = new HashSet<>();
            for (Draft.Indicator i : t.indicators) {
                if (!seen.add(Keys.of(i.name + " " + (i.breakdown == null ? "" : i.breakdown)))) {
                    i.breakdown = (i.breakdown == null ? "" : i.breakdown + ", ") + "line " + i.line;
                    ctx.warn(i.line, "indicator \"" + i.name + "\" is printed twice in this theme; the second is told apart by its line");
                    seen.add(Keys.of(i.name + " " + i.breakdown));
                }
            }
            // A project printed twice in a theme is one project when stored: its milestones must differ across both printings.
            Map<String, Set<String>> milestonesOfProject = new java.util.HashMap<>();
            for (Draft.Project p : t.projects) {
                Set<String> names = milestonesOfProject.computeIfAbsent(Keys.of(p.name == null ? "" : p.name), k -> new HashSet<>());
                for (Draft.Milestone m : p.milestones) {
                    if (!names.add(Keys.of(m.name))) {
                        ctx.warn(m.line, "milestone \"" + m.name + "\" is printed twice in one project; the second is told apart by its line");
                        m.name = m.name + " (line " + m.line + ")";
                        names.add(Keys.of(m.name));
                    }
                }
            }
        }
    }

    private static List<Object> reportSummaries(ParseContext ctx) {
        Set<String> planKeys = new HashSet<>();
        ctx.plans.forEach(p -> planKeys.add(p.key));
        SummaryTableReader reader = new SummaryTableReader(ctx);
        List<Object> result = new ArrayList<>();
        for (Draft.Summary s : ctx.reportSummaries) {
            s.rows.removeIf(row -> {
                Optional<String> plan = row.label == null ? Optional.empty() : reader.planOf(row.label);
                if (plan.isPresent() && (plan.get().equals("total") || planKeys.contains(plan.get()))) {
                    row.plan = plan.get();
                    return false;
                }
                ctx.warn(row.line, "summary row \"" + (row.label == null ? "" : row.label)
                        + "\" names none of the report's plans; left out");
                return true;
            });
            if (!s.rows.isEmpty()) {
                result.add(s.toMap());
            }
        }
        return result;
    }

    private static String notes(String sourceFile, List<ImportWarning> warnings) {
        StringBuilder s = new StringBuilder("Read from " + sourceFile + " by the report-text importer.");
        if (warnings.isEmpty()) {
            s.append(" No warnings.");
        } else {
            s.append(" Warnings (").append(warnings.size()).append("), to check against the published report:");
            for (ImportWarning w : warnings) {
                s.append("\n- line ").append(w.line()).append(w.column() > 0 ? ", column " + w.column() : "").append(": ").append(w.problem());
            }
        }
        return s.toString();
    }
}
