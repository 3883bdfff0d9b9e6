package press.aurora.edition;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import press.aurora.config.Price;

/** Dates, numbers and prices formatted for an edition's locale, all from ICU4J's locale data. */
public final class LocaleFormats {

    private final ULocale locale;

    public LocaleFormats(ULocale locale) {
        this.locale = locale;
    }

    /** The long date, e.g. "7 November 2017" (en-GB), "November 7, 2017" (en-US), "7 novembre 2017" (fr-FR). */
    public String longDate(LocalDate date) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, locale);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return format.format(calendar.getTime());
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The price in the locale's currency format; null for a free paper (the caller prints "free" in the language). */
    public String price(Price price) {
        if (price.isFree()) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(com.ibm.icu.util.Currency.getInstance(price.currency().getCurrencyCode()));
        return format.format(price.amount());
    }
}
