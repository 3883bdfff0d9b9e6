package press.aurora.cli;

/** A command line that names something that does not exist (an edition, a language). Exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
