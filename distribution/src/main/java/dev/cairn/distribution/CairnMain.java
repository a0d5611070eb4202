package dev.cairn.distribution;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cairn} command line: one subcommand per thing the launcher does. */
@Command(
        name = "cairn",
        mixinStandardHelpOptions = true,
        versionProvider = CairnVersion.class,
        description = "The DynamoDB API over pluggable storage.",
        subcommands = {ServeCommand.class, CommandLine.HelpCommand.class})
public final class CairnMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = new CommandLine(new CairnMain()).execute(args);
        // A successful `serve` returns only inside the shutdown sequence, where exit would block.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try `cairn serve`");
    }
}
