package uk.councilperformance.importing;

import java.util.Locale;

/** How alike two published names are once case, spacing and punctuation are ignored (0 to 1). */
final class Similarity {

    private Similarity() {
    }

    static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Whether {@link #of} is at least {@code min}, computed only as far as that needs: rows of thousands of
     * characters are compared with every theme name, and a full comparison of two long texts is slow.
     */
    static boolean atLeast(String a, String b, double min) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return (x.equals(y) ? 1 : 0) >= min;
        }
        int longest = Math.max(x.length(), y.length());
        int band = (int) Math.ceil((1 - min) * longest);
        if (Math.abs(x.length() - y.length()) > band) {
            return false;
        }
        return 1.0 - (double) distance(x, y, band) / longest >= min;
    }

    /** The edit distance, or band + 1 when it is more than band (only cells within band of the diagonal are computed). */
    private static int distance(String x, String y, int band) {
        int m = y.length();
        int beyond = band + 1;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= band ? j : beyond;
        }
        for (int i = 1; i <= x.length(); i++) {
            int from = Math.max(1, i - band);
            int to = Math.min(m, i + band);
            current[from - 1] = from == 1 && i <= band ? i : beyond;
            int least = current[from - 1];
            for (int j = from; j <= to; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                least = Math.min(least, current[j]);
            }
            if (to < m) {
                current[to + 1] = beyond;
            }
            if (least > band) {
                return beyond;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], beyond);
    }

    static double of(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return x.equals(y) ? 1 : 0;
        }
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 1.0 - (double) previous[y.length()] / Math.max(x.length(), y.length());
    }
}
