package uk.councilperformance.publishing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of an indicator's line chart, worked out here so the template only draws it: points for
 * every quarter with a number, in order across years, and a target line for each year whose target is a
 * number. Numbers only; the published text stays in the table beside the chart.
 */
final class IndicatorChart {

    /** One plotted figure. */
    record Point(String period, BigDecimal value, String text) {
    }

    /** One year's numeric target. */
    record Target(String financialYear, BigDecimal value) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;

    private IndicatorChart() {
    }

    /** The chart, or null when there are fewer than two numbers to draw. */
    static Map<String, Object> of(List<Point> points, List<Target> targets, List<String> periodYears, String description) {
        if (points.size() < 2) {
            return null;
        }
        BigDecimal max = points.stream().map(Point::value).reduce(BigDecimal::max).orElseThrow();
        BigDecimal min = points.stream().map(Point::value).reduce(BigDecimal::min).orElseThrow();
        for (Target t : targets) {
            max = max.max(t.value());
            min = min.min(t.value());
        }
        if (min.signum() > 0) {
            min = BigDecimal.ZERO;
        }
        if (max.compareTo(min) == 0) {
            max = min.add(BigDecimal.ONE);
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = plotWidth / (points.size() - 1);
        List<Map<String, Object>> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + i * step;
            double y = y(points.get(i).value(), min, max, plotHeight);
            line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            Map<String, Object> dot = new LinkedHashMap<>();
            dot.put("x", fmt(x));
            dot.put("y", fmt(y));
            dot.put("label", points.get(i).period() + ": " + points.get(i).text());
            dot.put("period", points.get(i).period());
            dots.add(dot);
        }
        List<Map<String, Object>> targetLines = new ArrayList<>();
        for (Target t : targets) {
            List<Integer> inYear = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                if (periodYears.get(i).equals(t.financialYear())) {
                    inYear.add(i);
                }
            }
            if (!inYear.isEmpty()) {
                double y = y(t.value(), min, max, plotHeight);
                targetLines.add(Json.ordered("x1", fmt(LEFT + inYear.get(0) * step - (inYear.size() == 1 ? 8 : 0)),
                        "x2", fmt(LEFT + inYear.get(inYear.size() - 1) * step + (inYear.size() == 1 ? 8 : 0)),
                        "y", fmt(y), "label", "Target " + t.financialYear() + ": " + t.value().stripTrailingZeros().toPlainString()));
            }
        }
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal value = min.add(max.subtract(min).multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP));
            ticks.add(Json.ordered("y", fmt(y(value, min, max, plotHeight)),
                    "label", value.setScale(value.abs().compareTo(BigDecimal.TEN) < 0 ? 1 : 0, RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", HEIGHT);
        chart.put("left", LEFT);
        chart.put("right", WIDTH - RIGHT);
        chart.put("bottom", HEIGHT - BOTTOM);
        chart.put("labelY", HEIGHT - BOTTOM + 20);
        chart.put("line", line.toString());
        chart.put("points", dots);
        chart.put("targets", targetLines);
        chart.put("ticks", ticks);
        chart.put("description", description);
        return chart;
    }

    private static double y(BigDecimal value, BigDecimal min, BigDecimal max, double plotHeight) {
        double share = value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
        return TOP + plotHeight - share * plotHeight;
    }

    /**
     * A coordinate to one decimal place, halves rounded up. Worked out on whole tenths: going through BigDecimal (and
     * so Double.toString) for the four coordinates of every point took 3% of a national publish's main thread.
     */
    static String fmt(double v) {
        double tenths = v * 10;
        double fraction = tenths - Math.floor(tenths);
        if (v < 0 || v > 1e9 || Math.abs(fraction - 0.5) < 1e-6) {
            // Near a half, the decimal the double stands for decides, as BigDecimal.valueOf sees it.
            return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        long rounded = Math.round(tenths);
        return (rounded / 10) + "." + (rounded % 10);
    }
}
