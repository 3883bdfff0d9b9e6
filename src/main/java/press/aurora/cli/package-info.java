/**
 * The {@code aurora} command line (Picocli): one class per subcommand, shared option mixins, and the one
 * table of exit codes ({@link press.aurora.cli.ExitCodes}). Only the message of an error is printed unless
 * {@code --debug} asks for the stack trace.
 */
package press.aurora.cli;
