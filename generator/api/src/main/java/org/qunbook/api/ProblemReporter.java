package org.qunbook.api;

/** Something problems can be reported to; every hook context is one. */
public interface ProblemReporter {
    void report(Problem problem);
}
