package uk.councilperformance.benchmark;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Benchmarks and the synthetic data they run on. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks and synthetic data.",
        subcommands = {BenchCommand.Generate.class})
public class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write a synthetic data folder with the shape of the real reports (test data, never real).",
                    "The same --seed always gives the same files."})
    static class Generate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, description = "the folder to write")
        Path out;

        @Option(names = "--councils", defaultValue = "1", description = "councils (default: ${DEFAULT-VALUE})")
        int councils;

        @Option(names = "--years", defaultValue = "3", description = "financial years from 2019/20 (default: ${DEFAULT-VALUE})")
        int years;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--rating-schemes", defaultValue = "data/rating-schemes.yaml",
                description = "rating schemes to copy in (default: ${DEFAULT-VALUE})")
        Path ratingSchemes;

        @Override
        public Integer call() {
            SyntheticReports.Written written = SyntheticReports.write(out, ratingSchemes, councils, years, seed);
            spec.commandLine().getOut().printf("Wrote %d reports (%d indicators, %d milestones) to %s%n",
                    written.reports(), written.indicators(), written.milestones(), out);
            return 0;
        }
    }
}
