package org.qunbook.build;

/** Thrown inside {@link Build} to stop after a stage that reported errors. */
final class BuildFailed extends Exception {
    private static final long serialVersionUID = 1L;

    BuildFailed(String stage) {
        super(stage, null, false, false);
    }
}
