package uk.councilperformance.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import uk.councilperformance.Cli;

/**
 * `cpt officer add | list | disable`: the password comes from standard input (or the environment), never from
 * an argument, and is stored only as a BCrypt hash; a mistake changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerCommandTest {

    private static final String PASSWORD = "a long officer pass phrase";

    @TempDir
    static Path work;

    private Path database;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    void addAnOfficer() throws Exception {
        database = work.resolve("council.db");
        Run run = cpt(PASSWORD + "\n", "officer", "add", "--username", "jsmith", "--name", "Jo Smith",
                "--database", database.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added officer jsmith (Jo Smith).");
    }

    @Test
    void thePasswordIsStoredOnlyAsABCryptHash() throws Exception {
        List<String> row = officer("jsmith");
        String hash = row.get(2);
        assertThat(hash).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD).startsWith("$2");
        assertThat(new BCryptPasswordEncoder().matches(PASSWORD, hash)).isTrue();
        assertThat(row.get(1)).isEqualTo("Jo Smith");
        assertThat(row.get(3)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void listShowsOfficersWithoutTheirHashes() throws Exception {
        Run run = cpt("", "officer", "list", "--database", database.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("jsmith\tJo Smith\tadded ").doesNotContain("$2");
    }

    @Test
    void aTakenUsernameAShortPasswordOrAPasswordArgumentChangeNothing() throws Exception {
        int before = officers();
        Run taken = cpt("another long pass phrase\n", "officer", "add", "--username", "jsmith", "--name", "Someone Else",
                "--database", database.toString());
        assertThat(taken.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(taken.err()).contains("--username: an officer \"jsmith\" already exists").contains("Nothing was changed.");
        assertThat(officer("jsmith").get(1)).isEqualTo("Jo Smith");

        Run shortPassword = cpt("short\n", "officer", "add", "--username", "akhan", "--name", "A Khan",
                "--database", database.toString());
        assertThat(shortPassword.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(shortPassword.err()).contains("password: at least 12 characters");

        Run noInput = cpt("", "officer", "add", "--username", "akhan", "--name", "A Khan", "--database", database.toString());
        assertThat(noInput.code()).isEqualTo(Cli.BAD_INPUT);

        Run asArgument = cpt("", "officer", "add", "--username", "akhan", "--name", "A Khan", "--password", PASSWORD,
                "--database", database.toString());
        assertThat(asArgument.code()).isNotZero();
        assertThat(asArgument.err()).contains("Unknown options: '--password'");

        Run badName = cpt(PASSWORD + "\n", "officer", "add", "--username", "a:khan", "--name", "A Khan",
                "--database", database.toString());
        assertThat(badName.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(officers()).isEqualTo(before);
    }

    @Test
    void aDisabledOfficerStaysListedAsDisabled() throws Exception {
        assertThat(cpt(PASSWORD + "\n", "officer", "add", "--username", "leaver", "--name", "Lee Leaver",
                "--database", database.toString()).code()).isZero();
        Run run = cpt("", "officer", "disable", "leaver", "--database", database.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Disabled officer leaver.");
        assertThat(cpt("", "officer", "list", "--database", database.toString()).out())
                .contains("leaver\tLee Leaver\tadded ").containsPattern("leaver\tLee Leaver\tadded \\S+\tdisabled");
        assertThat(officer("leaver").get(4)).isEqualTo("1");

        Run unknown = cpt("", "officer", "disable", "nobody", "--database", database.toString());
        assertThat(unknown.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unknown.err()).contains("no officer \"nobody\"");
    }

    private List<String> officer(String username) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = c.prepareStatement(
                     "SELECT username, name, password_hash, created_at, disabled FROM officer WHERE username = ?")) {
            statement.setString(1, username);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    row.add(rs.getString(i));
                }
                return row;
            }
        }
    }

    private int officers() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM officer")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Runs cpt with the given standard input, as an officer would at a terminal with the password piped in. */
    private static Run cpt(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }
}
