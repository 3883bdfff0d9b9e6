package press.aurora.config;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** The cover price: free, or an amount in a currency. */
public record Price(BigDecimal amount, Currency currency) {

    public static final Price FREE = new Price(BigDecimal.ZERO, null);

    public boolean isFree() {
        return currency == null;
    }

    /** Parses {@code free} or {@code AMOUNT CODE} (e.g. {@code 1.50 GBP}); null when it is neither. */
    public static Price parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equalsIgnoreCase("free")) {
            return FREE;
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new Price(new BigDecimal(parts[0]), Currency.getInstance(parts[1].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
