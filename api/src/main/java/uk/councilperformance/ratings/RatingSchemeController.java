package uk.councilperformance.ratings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.plans.Plan;

/** The rating schemes as stored, and each plan's scheme. */
@Controller
public class RatingSchemeController {

    /** A stored scheme with its statuses. */
    public record StoredScheme(long rowId, String key, String title, String firstYear, String lastYear,
                               List<StoredStatus> statuses) {
    }

    /** One status of a stored scheme. */
    public record StoredStatus(String key, String label, String symbol, CommonStatus status) {
    }

    private final JdbcClient db;

    public RatingSchemeController(JdbcClient db) {
        this.db = db;
    }

    @QueryMapping
    public List<StoredScheme> ratingSchemes() {
        Map<Long, StoredScheme> schemes = new LinkedHashMap<>();
        db.sql("""
                SELECT s.id, s.key, s.title, s.first_year, s.last_year, st.key AS status_key, st.label, st.symbol,
                       st.common_status
                FROM rating_scheme s LEFT JOIN rating_scheme_status st ON st.rating_scheme_id = s.id
                ORDER BY s.first_year, s.id, st.position""").query(rs -> {
            long id = rs.getLong("id");
            if (!schemes.containsKey(id)) {
                Object last = rs.getObject("last_year");
                schemes.put(id, new StoredScheme(id, rs.getString("key"), rs.getString("title"),
                        new FinancialYear(rs.getInt("first_year")).toString(),
                        last == null ? null : new FinancialYear(((Number) last).intValue()).toString(), new ArrayList<>()));
            }
            StoredScheme scheme = schemes.get(id);
            if (rs.getString("status_key") != null) {
                scheme.statuses().add(new StoredStatus(rs.getString("status_key"), rs.getString("label"),
                        rs.getString("symbol"), CommonStatus.fromKey(rs.getString("common_status")).orElse(CommonStatus.UNKNOWN)));
            }
        });
        return List.copyOf(schemes.values());
    }

    @BatchMapping(typeName = "Plan")
    public Map<Plan, StoredScheme> ratingScheme(List<Plan> plans) {
        Map<Long, StoredScheme> byId = new LinkedHashMap<>();
        ratingSchemes().forEach(s -> byId.put(s.rowId(), s));
        Map<Plan, StoredScheme> result = new LinkedHashMap<>();
        plans.forEach(p -> result.put(p, p.ratingSchemeRowId() == null ? null : byId.get(p.ratingSchemeRowId())));
        return result;
    }
}
