package press.aurora.preflight;

/**
 * The most ink a colour or an image puts down: the highest total of its four inks at any point
 * (C+M+Y+K, in percent: 0 to 400 in a sound file) and whether it uses cyan, magenta or yellow.
 */
public record ImageInk(double maxTotalPercent, boolean usesColourInks) {
}
