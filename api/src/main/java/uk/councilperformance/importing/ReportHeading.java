package uk.councilperformance.importing;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.periods.Quarter;
import uk.councilperformance.reports.Keys;

/**
 * What a report is, from its front matter: a Cabinet report's heading ("CABINET 19 SEPTEMBER 2019 QUARTER 1
 * PERFORMANCE REPORT 2019/20"), a committee agenda's cover and performance item, or, for an extract with no
 * front matter, its plan heading and the officer's hints.
 */
record ReportHeading(String title, Optional<String> body, Optional<LocalDate> date, Optional<String> item,
                     Optional<String> itemNumber, Optional<FinancialYear> year, Optional<Quarter> quarter,
                     boolean endOfYear, Optional<String> corporatePlan) {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    private static final Pattern CABINET_HEADING = Pattern.compile(
            "(?i)^((?:[a-z][a-z &]*\\s)?(?:cabinet|council|committee|board))\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + "),?\\s+(\\d{4})\\s+(.+)$");
    private static final Pattern BODY_LINE = Pattern.compile("^([A-Z][A-Z ,&]*(COMMITTEE|CABINET|COUNCIL))$");
    private static final Pattern DATE = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + "),?\\s+(\\d{4})\\b");
    private static final Pattern AGENDA_ITEM = Pattern.compile("^(\\d+)\\.\\s+(.*\\bPerformance\\b.*)$");
    private static final Pattern REPORT_TRACK = Pattern.compile("(?i)^Report Track:?\\s*([A-Za-z ]+):\\s*(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\s*[/-]\\s*(\\d{2,4})\\b");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:quarter\\s+(one|two|three|four|[1-4])|Q([1-4]))\\b");
    private static final Pattern END_OF_YEAR = Pattern.compile("(?i)\\b(end of year|annual performance)\\b");
    private static final Pattern CORPORATE_PLAN = Pattern.compile("\\bCorporate Plan (\\d{4}\\s*-\\s*\\d{2,4})\\b");
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "to", "in", "on", "at", "a", "an");

    static ReportHeading read(List<SourceLine> lines, Optional<String> planHeading) {
        String title = null;
        String body = null;
        LocalDate date = null;
        String item = null;
        String itemNumber = null;
        for (int i = 0; i < lines.size() && title == null; i++) {
            SourceLine line = lines.get(i);
            if (line.isRow()) {
                continue;
            }
            String text = line.prose();
            Matcher cabinet = CABINET_HEADING.matcher(text);
            if (text.equals(text.toUpperCase(Locale.ROOT)) && cabinet.matches()) {
                body = titleCase(cabinet.group(1));
                date = date(cabinet.group(2), cabinet.group(3), cabinet.group(4));
                title = titleCase(cabinet.group(5));
            }
        }
        for (int i = 0; i < lines.size() && body == null; i++) {
            String text = lines.get(i).prose();
            if (BODY_LINE.matcher(text).matches()) {
                for (int k = i + 1; k <= i + 2 && k < lines.size(); k++) {
                    Matcher d = DATE.matcher(lines.get(k).prose());
                    if (d.find()) {
                        body = titleCase(text);
                        date = date(d.group(1), d.group(2), d.group(3));
                        break;
                    }
                }
            }
        }
        if (title == null) {
            for (SourceLine line : lines) {
                Matcher agenda = AGENDA_ITEM.matcher(line.prose());
                if (!line.isRow() && line.text().startsWith("#") && agenda.matches()) {
                    itemNumber = agenda.group(1);
                    title = agenda.group(2).strip();
                    item = itemNumber + ". " + title;
                    break;
                }
            }
        }
        for (int i = 0; i < Math.min(lines.size(), 40) && (body == null || date == null); i++) {
            Matcher track = REPORT_TRACK.matcher(String.join(" ", lines.get(i).rawCells()).strip());
            if (track.find()) {
                body = body != null ? body : track.group(1).strip();
                int y = Integer.parseInt(track.group(4));
                date = date != null ? date : LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(track.group(3)),
                        Integer.parseInt(track.group(2)));
            }
        }
        if (title == null) {
            title = planHeading.orElse(null);
        }
        Optional<FinancialYear> year = Optional.empty();
        for (String text : new String[] {title, planHeading.orElse(null)}) {
            if (text != null && year.isEmpty()) {
                Matcher y = YEAR.matcher(text);
                while (y.find() && year.isEmpty()) {
                    year = FinancialYear.parse(y.group());
                }
            }
        }
        Optional<Quarter> quarter = Optional.empty();
        boolean endOfYear = false;
        if (title != null) {
            endOfYear = END_OF_YEAR.matcher(title).find();
            quarter = quarterIn(title);
        }
        if (quarter.isEmpty() && !endOfYear) {
            // An extract with no front matter: the quarter its own summary tables are for.
            for (SourceLine line : lines) {
                String text = line.cell(0).isEmpty() ? line.prose() : line.cell(0);
                if (text.length() < 120 && (quarterIn(text).isPresent() && text.toLowerCase(Locale.ROOT).contains("performance")
                        || END_OF_YEAR.matcher(text).find() && text.length() < 60)) {
                    quarter = quarter.isPresent() ? quarter : quarterIn(text);
                    endOfYear |= END_OF_YEAR.matcher(text).find();
                }
            }
        }
        if (endOfYear) {
            quarter = Optional.of(Quarter.Q4);
        }
        Optional<String> corporatePlan = Optional.empty();
        for (SourceLine line : lines) {
            Matcher m = CORPORATE_PLAN.matcher(line.text());
            if (m.find()) {
                corporatePlan = Optional.of("Corporate Plan " + m.group(1).replace(" ", ""));
                break;
            }
        }
        return new ReportHeading(title, Optional.ofNullable(body), Optional.ofNullable(date), Optional.ofNullable(item),
                Optional.ofNullable(itemNumber), year, quarter, endOfYear, corporatePlan);
    }

    static Optional<Quarter> quarterIn(String text) {
        Matcher m = QUARTER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : m.group(2);
        return Optional.of(switch (n) {
            case "one", "1" -> Quarter.Q1;
            case "two", "2" -> Quarter.Q2;
            case "three", "3" -> Quarter.Q3;
            default -> Quarter.Q4;
        });
    }

    /** The report's slug: meeting date, body, period, e.g. 2019-09-19-cabinet-q1-2019-20. */
    static String slug(LocalDate date, String body, boolean endOfYear, Quarter quarter, FinancialYear year) {
        String bodyKey = Keys.of(body.replaceAll("(?i)\\bcommittee\\b", ""));
        return date + "-" + bodyKey + "-" + (endOfYear ? "end-of-year" : quarter.name().toLowerCase(Locale.ROOT)) + "-"
                + year.toString().replace('/', '-');
    }

    private static LocalDate date(String day, String month, String year) {
        return LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day));
    }

    /** "END OF YEAR PERFORMANCE REPORT 2017/18" is "End of Year Performance Report 2017/18". */
    static String titleCase(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                s.append(' ');
                if (SMALL_WORDS.contains(w)) {
                    s.append(w);
                    continue;
                }
            }
            s.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return s.toString();
    }
}
