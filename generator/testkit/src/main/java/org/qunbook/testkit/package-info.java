/**
 * Test helpers for qunbook plugins, in {@code org.qunbook:qunbook-testkit} (test scope):
 * {@link org.qunbook.testkit.TestSite} writes a mini site from one text block and builds it with
 * the real pipeline and default theme; {@link org.qunbook.testkit.PluginContract} is the base
 * class of a plugin's contract test; {@link org.qunbook.testkit.GoldenFiles} compares HTML with
 * expected files. The plugin under test is found like in qunbook: by {@link java.util.ServiceLoader}
 * on the test class path.
 */
package org.qunbook.testkit;
