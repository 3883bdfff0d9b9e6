/**
 * Writing files the safe way: under a temporary name, renamed into place when complete; the one JSON
 * writer (Jackson) of every report; and {@link press.aurora.io.BackgroundTask}, work loading on another
 * thread until it is needed.
 * Depends on nothing of the program.
 */
package press.aurora.io;
