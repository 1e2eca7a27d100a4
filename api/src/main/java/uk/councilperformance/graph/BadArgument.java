package uk.councilperformance.graph;

/** A query argument a client got wrong: reported as a GraphQL error naming the argument, never as a 500. */
public class BadArgument extends RuntimeException {

    private final String argument;

    public BadArgument(String argument, String problem) {
        super(argument + ": " + problem);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
