/**
 * One build, top to bottom. {@link org.qunbook.build.Build#run()} runs the pipeline, one line per
 * stage, through a {@code StageRunner} (timing, stopping after a stage with errors); the stages
 * themselves live in the packages named after them. How a build keeps and writes what the stages
 * make is its {@code BuildMode}, chosen once: {@code OneOffMode} ({@code build}: pages streamed into
 * a staging folder, documents freed), {@code CheckMode} ({@code check}, {@code fix} and the Maven
 * plugin's {@code qunbook:check}: nothing written) or {@code ServeMode} ({@code serve}: the
 * {@link org.qunbook.build.BuildCache} reused; after the first build, only changes written and the
 * search index after the pages; the stages remembered for {@link org.qunbook.build.QuickRender}).
 * {@code SiteSetup} is the config, theme and plugin stages, {@code SearchStage} the index stage and
 * its size report, {@code SiteWriter} the write stage's steps (the offline reading files last).
 * {@link org.qunbook.build.BuildOptions} is what a front end (CLI, Maven plugin, tests) asks for,
 * made with its builder; {@code check}'s review date and {@code --fail-on-overdue} are set on the
 * {@code Build} itself.
 */
package org.qunbook.build;
