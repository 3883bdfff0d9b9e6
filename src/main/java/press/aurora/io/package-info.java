/**
 * Writing files the safe way: under a temporary name, renamed into place when complete; and the one JSON
 * writer (Jackson) of every report.
 * Depends on nothing of the program.
 */
package press.aurora.io;
