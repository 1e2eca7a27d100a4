package uk.councilperformance.reports;

import java.text.Normalizer;
import java.util.Locale;

/** Stable keys made from published names: lower case, look-alikes folded, punctuation to hyphens. */
public final class Keys {

    private Keys() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(LookAlikes.fold(name), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        // Keys are indexed; very long names are cut but stay unique by their hash.
        return s.length() <= 200 ? s : s.substring(0, 180) + "-" + Integer.toHexString(s.hashCode());
    }
}
