package uk.councilperformance.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, read through Spring Data JDBC. The queries are written out: a derived query is worked out again
 * from the method name on every call, which cost more than running it.
 */
public interface ReportRepository extends ListCrudRepository<Report, Long> {

    @Query("SELECT * FROM report ORDER BY meeting_date, slug")
    List<Report> findAllByOrderByMeetingDateAscSlugAsc();

    @Query("SELECT * FROM report WHERE slug = :slug")
    Optional<Report> findBySlug(String slug);

    /** Reads join a transaction when there is one but never begin one: a lone SELECT needs none. */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    List<Report> findAllById(Iterable<Long> ids);
}
