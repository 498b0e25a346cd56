// qunbook:check failed the build: each problem logged as an error with file:line:col, the count in the
// failure, no stack trace, and nothing written.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains("[ERROR] content/guide/start.md:4:1: error: broken link 'missing.md': no such page: content/guide/missing.md")
assert log.contains("[ERROR] content/guide/start.md:6:1: error: broken anchor in link 'next.md#没有这个标题'")
assert log.contains('check (default) on project check-fails: Check failed (2 errors, 0 warnings)')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'a stack trace in the log'
assert !new File(basedir, 'target/qunbook').exists()
true
