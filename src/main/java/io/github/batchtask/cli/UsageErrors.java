package io.github.batchtask.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A usage error in two lines, the error and where help is, instead of the whole usage. */
final class UsageErrors {
  private UsageErrors() {
  }

  static int handle(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitStatus.USAGE;
  }
}
