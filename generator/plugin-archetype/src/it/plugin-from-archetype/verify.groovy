// After the three invocations (invoker.properties): the generated project built and passed its
// tests, the Maven plugin used it from <dependencies>, and the CLI uses it from the sample site's
// plugin_path.
def project = new File(basedir, 'generated/related-pages')
assert new File(project, 'pom.xml').isFile()
assert new File(project, 'README.md').text.contains('## Build and test')
def jar = new File(project, 'target/related-pages-1.0.0.jar')
assert jar.isFile()
def tests = new File(project, 'target/surefire-reports/TEST-com.example.related.RelatedPagesPluginTest.xml')
assert tests.isFile()
assert tests.text =~ /tests="[1-9]\d*" errors="0" skipped="0" failures="0"/

// The Maven plugin, with the plugin jar as a dependency of the plugin.
def page = new File(basedir, 'site-maven/target/qunbook/guides/a/index.html').getText('UTF-8')
assert page.contains('data-plugin="related-pages"')
assert page.contains('延伸阅读')
assert page.contains('href="../../guides/b/"')

// The CLI, on the generated sample site whose qunbook.yml has plugin_path: ../../target/.
def out = new File(basedir, 'cli-public')
def command = ['java', '-jar', qunbookCli, 'build', '-s', new File(project, 'sample-site/content').path, '-o', out.path]
def process = command.execute(null, basedir)
def printed = new StringBuilder()
// waitForProcessOutput, not consumeProcessOutput + waitFor: the latter can return before its reader
// threads have copied the last lines, so the warning below was sometimes missing under load.
process.waitForProcessOutput(printed, printed)
def status = process.exitValue()
println printed
assert status == 0
assert printed.toString().contains('guides/notes.md:4:1: warning: page has no tags: related-pages')
def cliPage = new File(out, 'guides/prepare/index.html').getText('UTF-8')
assert cliPage.contains('data-plugin="related-pages"')
assert cliPage.contains('入群欢迎语')
return true
