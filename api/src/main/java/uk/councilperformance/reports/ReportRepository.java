package uk.councilperformance.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Reports, read through Spring Data JDBC. */
public interface ReportRepository extends ListCrudRepository<Report, Long> {

    List<Report> findAllByOrderByMeetingDateAscSlugAsc();

    Optional<Report> findBySlug(String slug);
}
