/**
 * The build server: a warm process that {@code ./aurora build} starts after a direct build and reuses for the
 * next builds of the same folder, and the tiny client the launcher runs to talk to it (docs/development.md,
 * "The build server").
 */
package press.aurora.server;
