package uk.councilperformance.database;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the data: a token that every change to the published data replaces, inside the change's own
 * transaction, so a reader that sees new data also sees the new token. A random token rather than a counter,
 * so that a restored backup or another database never shows the token of different data.
 */
@Component
public class DataVersion {

    private final JdbcClient db;

    public DataVersion(JdbcClient db) {
        this.db = db;
    }

    public String current() {
        return db.sql("SELECT token FROM data_version WHERE id = 1").query(String.class).single();
    }

    /** Call inside the transaction that changed the data. */
    public void changed() {
        db.sql("UPDATE data_version SET token = ? WHERE id = 1").param(UUID.randomUUID().toString()).update();
    }
}
