package press.aurora.cli;

import java.time.Instant;

/**
 * The time files are stamped with: SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC) when set, for
 * reproducible output; otherwise now. A value that is not a whole number of seconds is a usage
 * error, not a silent fall back to the clock (a reproducible build would then quietly not be).
 */
final class SourceDateEpoch {

    static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDateEpoch() {
    }

    static Instant now() {
        return parse(System.getenv(VARIABLE), Instant.now());
    }

    /** {@code value} as an instant; {@code otherwise} when it is unset or empty. */
    static Instant parse(String value, Instant otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        if (!value.matches("\\d{1,12}")) {
            throw new UsageException(VARIABLE + " must be a whole number of seconds since 1970-01-01 UTC (e.g. "
                    + "$(git log -1 --format=%ct)), not '" + value + "'; unset it to use the current time");
        }
        return Instant.ofEpochSecond(Long.parseLong(value));
    }
}
