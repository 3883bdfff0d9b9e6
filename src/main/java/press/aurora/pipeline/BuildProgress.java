package press.aurora.pipeline;

import press.aurora.config.Edition;
import press.aurora.pipeline.StageTimings.Stage;

/** Hears how the editions of a build advance: each stage as it starts, each edition when it is done. Called from the build's threads. */
public interface BuildProgress {

    /** Hears nothing. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void stage(Edition edition, Stage stage) {
        }

        @Override
        public void finished(Edition edition) {
        }
    };

    void stage(Edition edition, Stage stage);

    void finished(Edition edition);
}
