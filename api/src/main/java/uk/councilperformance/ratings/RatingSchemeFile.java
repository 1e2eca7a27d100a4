package uk.councilperformance.ratings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.reports.YamlMap;

/** Reads {@code data/rating-schemes.yaml}. */
public final class RatingSchemeFile {

    public static final String FORMAT = "council-performance-rating-schemes/1";

    private RatingSchemeFile() {
    }

    public static RatingSchemes read(Path path, String displayName) {
        YamlMap root = YamlMap.load(path, displayName).allowOnly(List.of("format", "schemes"));
        if (!FORMAT.equals(root.requiredText("format"))) {
            throw root.error("format", "expected " + FORMAT);
        }
        List<RatingScheme> schemes = new ArrayList<>();
        for (YamlMap s : root.list("schemes")) {
            s.allowOnly(List.of("key", "title", "firstYear", "lastYear", "statuses"));
            List<RatingScheme.Status> statuses = new ArrayList<>();
            for (YamlMap st : s.list("statuses")) {
                st.allowOnly(List.of("key", "label", "common", "symbol"));
                statuses.add(new RatingScheme.Status(st.requiredText("key"), st.requiredText("label"),
                        st.requiredParsed("common", CommonStatus::fromKey, "a common-scale status"),
                        st.parsed("symbol", RatingSchemeFile::symbol, "tick, dot, triangle or cross")));
            }
            schemes.add(new RatingScheme(s.requiredText("key"), s.requiredText("title"),
                    s.requiredParsed("firstYear", FinancialYear::parse, "a financial year like 2019/20"),
                    s.parsed("lastYear", FinancialYear::parse, "a financial year like 2019/20"),
                    List.copyOf(statuses)));
        }
        return new RatingSchemes(List.copyOf(schemes));
    }

    private static Optional<RatingSymbol> symbol(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "tick" -> Optional.of(RatingSymbol.TICK);
            case "dot" -> Optional.of(RatingSymbol.DOT);
            case "triangle" -> Optional.of(RatingSymbol.TRIANGLE);
            case "cross" -> Optional.of(RatingSymbol.CROSS);
            default -> Optional.empty();
        };
    }
}
