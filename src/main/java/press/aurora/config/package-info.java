/**
 * Configuration files as records, read strictly by {@link press.aurora.config.YamlMap} (an unknown key is
 * an error naming the line and the allowed keys): issue.yaml, styles/editions.yaml, and the page grid
 * derived from an edition's paper.
 */
package press.aurora.config;
