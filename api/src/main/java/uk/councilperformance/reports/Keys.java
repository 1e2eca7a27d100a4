package uk.councilperformance.reports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable keys made from published names: lower case, look-alikes folded, punctuation to hyphens. */
public final class Keys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
    private static final Pattern END_HYPHENS = Pattern.compile("(^-+|-+$)");

    private Keys() {
    }

    public static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(LookAlikes.fold(name), Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        String s = END_HYPHENS.matcher(NOT_KEY.matcher(folded).replaceAll("-")).replaceAll("");
        // Keys are indexed; very long names are cut but stay unique by their hash.
        return s.length() <= 200 ? s : s.substring(0, 180) + "-" + Integer.toHexString(s.hashCode());
    }
}
