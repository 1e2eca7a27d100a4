package uk.councilperformance.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the data: a token that every change to the published data replaces, inside the change's own
 * transaction, so a reader that sees new data also sees the new token. A random token rather than a counter,
 * so that a restored backup or another database never shows the token of different data.
 */
@Component
public class DataVersion {

    private static final String READ = "SELECT token FROM data_version WHERE id = 1";
    /** Readers kept ready; more requests at once than this read through the pool like any query. */
    private static final int READERS = 2;

    /** A connection of its own, outside any transaction, with the read prepared once. */
    private record Reader(Connection connection, PreparedStatement read) {
    }

    private final JdbcClient db;
    private final DataSource dataSource;
    // Every answer the API keeps is checked against the version, so the read must cost next to nothing and never
    // make a request wait for another: an idle reader is taken without a lock, or the read goes through the pool.
    private final ConcurrentLinkedQueue<Reader> idle = new ConcurrentLinkedQueue<>();
    private final List<Reader> opened = new ArrayList<>();

    public DataVersion(JdbcClient db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    /** The version now: each read sees the latest commit, from whichever process made it. */
    public String current() {
        Reader reader = idle.poll();
        if (reader == null) {
            reader = open();
            if (reader == null) {
                return db.sql(READ).query(String.class).single();
            }
        }
        String token;
        try (ResultSet rs = reader.read().executeQuery()) {
            token = rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            // A connection the database dropped (a restart, a network cut): let it go and read through the pool.
            discard(reader);
            return db.sql(READ).query(String.class).single();
        }
        // Only once its result is closed may another request use the statement.
        idle.offer(reader);
        if (token == null) {
            throw new IllegalStateException("the data_version row is missing");
        }
        return token;
    }

    /**
     * Call inside the transaction that changed the data, when the change may touch any council's data (the rating
     * schemes, say): every council's version moves with the data's.
     */
    public void changed() {
        String token = next();
        db.sql("UPDATE council SET data_version = ?").param(token).update();
    }

    /**
     * Call inside the transaction that changed the data of these councils only (by slug): the data's version moves,
     * and of the councils only theirs, so a publisher can leave every other council's site as it is.
     */
    public void changed(Collection<String> councils) {
        String token = next();
        if (!councils.isEmpty()) {
            db.sql("UPDATE council SET data_version = :token WHERE slug IN (:slugs)").param("token", token)
                    .param("slugs", councils).update();
        }
    }

    private String next() {
        String token = UUID.randomUUID().toString();
        db.sql("UPDATE data_version SET token = ? WHERE id = 1").param(token).update();
        return token;
    }

    private synchronized Reader open() {
        if (opened.size() >= READERS) {
            return null;
        }
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            Reader reader = new Reader(connection, connection.prepareStatement(READ));
            opened.add(reader);
            return reader;
        } catch (SQLException e) {
            return null;
        }
    }

    private synchronized void discard(Reader reader) {
        opened.remove(reader);
        try {
            reader.connection().close();
        } catch (SQLException e) {
            // closing a connection that is already broken
        }
    }

    @PreDestroy
    synchronized void close() {
        idle.clear();
        for (Reader reader : List.copyOf(opened)) {
            discard(reader);
        }
    }
}
