package uk.councilperformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cpt serve` on a port another process holds says so, instead of an unexpected failure. */
class ServeCommandTest {

    @TempDir
    Path work;

    @Test
    void aPortAlreadyInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port",
                    String.valueOf(taken.getLocalPort()), "--database", work.resolve("council.db").toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString())
                    .contains("error: port " + taken.getLocalPort() + " is already in use: is another cpt serve, start or preview running?")
                    .doesNotContain("unexpected failure");
            assertThat(Cli.isServing()).isFalse();
        }
    }
}
