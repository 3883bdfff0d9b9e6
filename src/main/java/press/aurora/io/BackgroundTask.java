package press.aurora.io;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started on another thread whose result is needed later, e.g. the stylesheet compiling while
 * the first edition is translated. {@link #join} waits for it and throws what the work threw, as if
 * it had run on the caller's thread.
 *
 * <pre>{@code
 * BackgroundTask<FoStylesheet> compiling = BackgroundTask.start(() -> FoStylesheet.compile(processor, file));
 * ...
 * FoStylesheet stylesheet = compiling.join();
 * }</pre>
 */
public final class BackgroundTask<T> {

    private final CompletableFuture<T> future;

    private BackgroundTask(CompletableFuture<T> future) {
        this.future = future;
    }

    /** Starts {@code work} on the common pool. */
    public static <T> BackgroundTask<T> start(Supplier<T> work) {
        return new BackgroundTask<>(CompletableFuture.supplyAsync(work));
    }

    /** A task that is already done, for a result at hand. */
    public static <T> BackgroundTask<T> done(T result) {
        return new BackgroundTask<>(CompletableFuture.completedFuture(result));
    }

    /** The result, once the work is done; an unchecked exception or error of the work is thrown as it was. */
    public T join() {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
