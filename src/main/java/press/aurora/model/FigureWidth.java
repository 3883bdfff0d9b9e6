package press.aurora.model;

/**
 * How wide a figure is printed: a number of columns (one by default), or the full width of the page.
 * A figure wider than one column stands at the top of its article and spans the columns like a headline.
 */
public record FigureWidth(int columns, boolean full) {

    public static final FigureWidth ONE_COLUMN = new FigureWidth(1, false);
    public static final FigureWidth FULL = new FigureWidth(0, true);

    public FigureWidth {
        if (!full && columns < 1) {
            throw new IllegalArgumentException("a figure is at least one column wide, not " + columns);
        }
    }

    public static FigureWidth columns(int columns) {
        return new FigureWidth(columns, false);
    }

    /** Wider than one column: the figure spans columns at the top of its article. */
    public boolean spans() {
        return full || columns > 1;
    }

    /** The columns it takes on a page of {@code pageColumns}: never more than the page has. */
    public int columnsOn(int pageColumns) {
        return full ? pageColumns : Math.min(columns, pageColumns);
    }

    /** {@code full} or the number of columns, as written after the image. */
    @Override
    public String toString() {
        return full ? "full" : String.valueOf(columns);
    }
}
