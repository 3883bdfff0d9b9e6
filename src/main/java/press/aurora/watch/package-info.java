/**
 * What {@code aurora watch} needs besides a build: {@link press.aurora.watch.InputWatcher} hands over the files
 * a save changed, {@link press.aurora.watch.PreviewServer} serves the contact sheets on 127.0.0.1. It knows
 * nothing of editions or PDFs beyond a line of text and a PNG file per edition; the loop is in {@code cli}.
 */
package press.aurora.watch;
