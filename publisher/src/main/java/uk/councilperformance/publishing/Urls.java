package uk.councilperformance.publishing;

import java.util.Locale;

/** Where each kind of page lives. Made from the council's keys, so a page's URL survives rebuilds. */
final class Urls {

    private Urls() {
    }

    /** "2019/20" to "2019-20". */
    static String year(String financialYear) {
        return financialYear.replace('/', '-');
    }

    static String plan(String financialYear, String planKey) {
        return "plans/" + year(financialYear) + "/" + planKey + "/";
    }

    static String theme(String financialYear, String planKey, String themeKey) {
        return plan(financialYear, planKey) + themeKey + "/";
    }

    static String project(String financialYear, String planKey, String themeKey, String projectKey) {
        return theme(financialYear, planKey, themeKey) + "projects/" + projectKey + "/";
    }

    static String indicator(String seriesKey) {
        return "indicators/" + seriesKey + "/";
    }

    static String quarter(String financialYear, String quarter) {
        return "quarters/" + year(financialYear) + "-" + quarter.toLowerCase(Locale.ROOT) + "/";
    }

    static String report(String slug) {
        return "reports/" + slug + "/";
    }
}
