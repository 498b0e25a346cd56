package org.qunbook.maven;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.upkeep.ReviewDay;

/**
 * {@code qunbook:check}: every validation of a build (front matter, links, anchors, images, plugin
 * checks), writing nothing, like {@code qunbook check}.
 *
 * <p>Bound by default to {@code verify}, the phase for checks on a project's result, which is what
 * CI usually runs ({@code mvn verify}).
 *
 * <p>Like {@code qunbook check}, it warns about every page whose review is overdue, measured against
 * {@code today}, else {@code SOURCE_DATE_EPOCH}, else the clock; those warnings fail the goal with
 * {@code strict} only under {@code review: { strict: true }} or {@code failOnOverdue}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends QunbookMojo {

    /** The date reviews are measured against, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else the clock). */
    @Parameter(property = "qunbook.today")
    String today;

    /** Overdue reviews fail the goal with {@code strict}, as {@code review.strict: true} in qunbook.yml does. */
    @Parameter(property = "qunbook.failOnOverdue", defaultValue = "false")
    boolean failOnOverdue;

    /** {@code SOURCE_DATE_EPOCH}: a field so tests can set it. */
    String sourceDateEpoch = System.getenv("SOURCE_DATE_EPOCH");

    @Override
    Build build(BuildOptions options) throws MojoFailureException {
        LocalDate day;
        try {
            day = ReviewDay.of(Optional.ofNullable(today), "today (qunbook.today)", Optional.ofNullable(sourceDateEpoch),
                    LocalDate::now);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("qunbook: " + e.getMessage());
        }
        return new Build(options).checkReviewsOn(day).failOnOverdue(failOnOverdue);
    }

    @Override
    String verb() {
        return "Check";
    }

    @Override
    Path output() {
        // Never written (writes() is false); the build only needs a folder to name.
        return basedir.toPath().resolve("target/qunbook");
    }

    @Override
    boolean writes() {
        return false;
    }
}
