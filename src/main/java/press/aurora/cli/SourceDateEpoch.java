package press.aurora.cli;

import java.time.Instant;

/** The time files are stamped with: SOURCE_DATE_EPOCH (seconds) when set, for reproducible output; otherwise now. */
final class SourceDateEpoch {

    private SourceDateEpoch() {
    }

    static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch)) : Instant.now();
    }
}
