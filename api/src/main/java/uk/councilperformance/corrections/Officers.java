package uk.councilperformance.corrections;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.councilperformance.database.RecordRows;

/** The officer table. Officers are disabled, never deleted: their corrections keep naming them. */
@Component
public class Officers {

    private static final String SELECT = "SELECT id AS row_id, username, name, password_hash, created_at, disabled FROM officer";

    private final JdbcClient db;

    public Officers(JdbcClient db) {
        this.db = db;
    }

    public Optional<Officer> byUsername(String username) {
        return db.sql(SELECT + " WHERE username = ?").param(username).query(RecordRows.of(Officer.class)).optional();
    }

    public List<Officer> all() {
        return db.sql(SELECT + " ORDER BY username").query(RecordRows.of(Officer.class)).list();
    }

    /** Adds an officer; false when the username is taken (nothing is changed then). */
    @Transactional
    public boolean add(String username, String name, String passwordHash, String createdAt) {
        if (byUsername(username).isPresent()) {
            return false;
        }
        db.sql("INSERT INTO officer (username, name, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?)")
                .params(username, name, passwordHash, createdAt, false).update();
        return true;
    }

    /** Disables an officer; false when there is no such officer. */
    public boolean disable(String username) {
        return db.sql("UPDATE officer SET disabled = ? WHERE username = ?").params(true, username).update() == 1;
    }
}
