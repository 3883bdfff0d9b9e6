package press.aurora.cli;

/** Entry point of the {@code aurora} command. */
public final class Main {

    /** PDFBox reports font details through java.util.logging; an editor needs none of it. Kept strong so it stays set. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache");

    private Main() {
    }

    public static void main(String[] args) {
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(AuroraCommand.commandLineFor(args).execute(args));
    }
}
