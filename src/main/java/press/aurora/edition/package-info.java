/**
 * An edition's locale, from ICU4J: dates, numbers and prices ({@link press.aurora.edition.LocaleFormats}),
 * quotation marks and spacing ({@link press.aurora.edition.LocalTypography}), interface strings as ICU
 * MessageFormat patterns. No hand-written locale tables.
 */
package press.aurora.edition;
