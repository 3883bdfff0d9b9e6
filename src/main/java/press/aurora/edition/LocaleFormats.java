package press.aurora.edition;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import press.aurora.config.Price;

/** Dates, numbers and prices formatted for an edition's locale, all from ICU4J's locale data. */
public final class LocaleFormats {

    private static final String GREGORIAN = "gregorian";

    private final ULocale locale;

    public LocaleFormats(ULocale locale) {
        this.locale = locale;
    }

    /**
     * The long date in the locale's own calendar, e.g. "7 November 2017" (en-GB), "November 7, 2017" (en-US),
     * "۱۶ آبان ۱۳۹۶" (fa-IR: the Solar Hijri calendar ICU gives Iran).
     */
    public String longDate(LocalDate date) {
        return longDate(date, locale);
    }

    /**
     * The masthead's date: the long date, and where the locale's calendar is not the Gregorian one, the
     * Gregorian date in the same language beside it, as Persian papers print "۱۶ آبان ۱۳۹۶ – ۷ نوامبر ۲۰۱۷".
     */
    public String mastheadDate(LocalDate date) {
        String local = longDate(date);
        if (calendarType().equals(GREGORIAN)) {
            return local;
        }
        return local + " \u2013 " + longDate(date, locale.setKeywordValue("calendar", GREGORIAN));
    }

    /** ICU's calendar for the locale: "gregorian", "persian", "buddhist"... */
    public String calendarType() {
        return Calendar.getInstance(TimeZone.GMT_ZONE, locale).getType();
    }

    private static String longDate(LocalDate date, ULocale locale) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        GregorianCalendar day = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        day.clear();
        day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return format.format(day.getTime());
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
