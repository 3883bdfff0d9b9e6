/**
 * Writing files the safe way: under a temporary name, renamed into place when complete.
 * Depends on nothing.
 */
package press.aurora.io;
