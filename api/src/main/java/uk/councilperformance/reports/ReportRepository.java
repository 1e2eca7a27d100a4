package uk.councilperformance.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Reports, read through Spring Data JDBC. The queries are written out: a derived query is worked out again
 * from the method name on every call, which cost more than running it.
 */
public interface ReportRepository extends ListCrudRepository<Report, Long> {

    @Query("SELECT * FROM report ORDER BY meeting_date, slug")
    List<Report> findAllByOrderByMeetingDateAscSlugAsc();

    @Query("SELECT * FROM report WHERE slug = :slug")
    Optional<Report> findBySlug(String slug);
}
