package org.qunbook.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.qunbook.api.Problem;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.build.BuildSummary;
import org.qunbook.plugin.PluginPath;

/**
 * What {@code qunbook:build} and {@code qunbook:check} share, mirroring the CLI's {@code build} and
 * {@code check}: the same options, problems printed {@code file:line:col: error|warning: message}
 * (through Maven's log: errors as errors, warnings as warnings), and the same summary line.
 * Problems in the site fail the goal with a {@link MojoFailureException} (a message, no stack
 * trace); only a bug in qunbook is a {@link MojoExecutionException}.
 */
abstract class QunbookMojo extends AbstractMojo {

    /** The content folder, holding {@code qunbook.yml}. */
    @Parameter(property = "qunbook.source", defaultValue = "${project.basedir}/content", required = true)
    File source;

    /** Treat warnings as errors: any warning fails the goal. */
    @Parameter(property = "qunbook.strict", defaultValue = "false")
    boolean strict;

    /**
     * Overrides {@code base_url} from {@code qunbook.yml}; an absolute URL (e.g.
     * {@code https://example.org/handbook/}) also gets canonical links, {@code sitemap.xml} and the feed.
     */
    @Parameter(property = "qunbook.baseUrl")
    String baseUrl;

    /** Builds (or checks) draft pages too ({@code draft: true}), marked as drafts: the CLI's {@code --drafts}. */
    @Parameter(property = "qunbook.drafts", defaultValue = "false")
    boolean drafts;

    /** Skips the goal. */
    @Parameter(property = "qunbook.skip", defaultValue = "false")
    boolean skip;

    /** The project's folder: the output folder is named relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * Where {@code mvn} was run: problems name files relative to it (absolute when outside it), so
     * that each path printed opens the file from the user's shell, as with the CLI.
     */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    /** {@code Build} or {@code Check}: the first word of the summary line. */
    abstract String verb();

    /** Where the site is written; a check writes nothing there. */
    abstract Path output();

    /** False for a check: every validation, nothing written. */
    abstract boolean writes();

    /** The build to run, with what the goal adds to {@code options} (a check: the review date). */
    Build build(BuildOptions options) throws MojoFailureException {
        return new Build(options);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("qunbook: skipped (qunbook.skip)");
            return;
        }
        // The plugin's own class realm holds the default theme and the bundled plugins (ServiceLoader).
        BuildOptions options = BuildOptions.builder(source.toPath(), output()).strict(strict).drafts(drafts)
                .baseUrl(Optional.ofNullable(baseUrl).map(String::strip).filter(url -> !url.isEmpty()))
                .classLoader(QunbookMojo.class.getClassLoader()).write(writes())
                // Plugins come from the plugin's own <dependencies> (its class realm) or plugin_path.
                .pluginPath(PluginPath.none().withHowToAdd(List.of(PluginPath.IN_CONFIG,
                        "a <dependency> on it inside the qunbook-maven-plugin's <plugin> element in pom.xml")))
                .workingDir(executionRoot != null ? executionRoot.toPath() : Path.of("")).build();
        Build build = build(options);
        BuildResult result;
        try {
            result = build.run();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("qunbook: internal error: " + e
                    + " (a bug in qunbook, not in your content: please report it)", e);
        }
        report(result, build.advisoryWarnings());
    }

    private void report(BuildResult result, List<Problem> advisory) throws MojoFailureException {
        Log log = getLog();
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                log.error(problem.format());
            } else {
                log.warn(problem.format());
            }
        }
        if (log.isDebugEnabled()) {
            BuildSummary.stageTimes(result).forEach(log::debug);
        }
        String where = writes() ? shown(output()) : "";
        if (result.failed(strict, advisory)) {
            throw new MojoFailureException(BuildSummary.failure(result, verb(), where)
                    + (result.errors() == 0 ? " (qunbook.strict: warnings fail the build)" : ""));
        }
        if (writes()) {
            result.reports().forEach(log::info);
        }
        log.info(BuildSummary.success(result, verb(), where));
    }

    /** A folder as the user should see it: relative to the project if inside it, with a final slash. */
    String shown(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/') + "/";
    }
}
