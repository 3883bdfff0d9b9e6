/**
 * Problems in the content: a {@link press.aurora.diag.Diagnostic} has a severity, a code, a source position
 * and a message, printed as {@code file:line: severity: message [code]}. Depends on nothing but ICU4J (character names).
 */
package press.aurora.diag;
