package press.aurora.image;

import java.io.IOException;

/** An image file that ends before its picture does: cut short while it was copied, sent or downloaded. */
public final class TruncatedImageException extends IOException {

    private static final long serialVersionUID = 1L;

    TruncatedImageException(String decoderWarning) {
        super("the file ends before the picture does, so part of it would print grey (" + decoderWarning + ")");
    }
}
