// The site was built into target/qunbook with the default theme and the bundled plugins, and checked.
def site = new File(basedir, 'target/qunbook')
def read = { String path ->
    def file = new File(site, path)
    assert file.isFile() : "missing ${file}"
    file.getText('UTF-8')
}

def home = read('index.html')
assert home.contains('<html lang="zh-CN">')
assert home.contains('集成测试手册')
assert home.contains('href="playbooks/jianqun/#%E5%BC%80%E7%BE%A4%E5%89%8D%E6%A3%80%E6%9F%A5"') : 'link with a Chinese anchor'

def page = read('playbooks/jianqun/index.html')
assert page.contains('<h1 class="doc-title">建群准备')
assert page.contains('id="开群前检查"')
// glossary plugin: the term is linked to its page
assert page.contains('<a class="glossary-term" href="../../glossary/siyu-liuliang/"')
// checklist plugin: the task list became a checklist
assert page.contains('<div class="checklist" data-checklist-id="开群前检查"')

assert read('glossary/siyu-liuliang/index.html').contains('品牌自己拥有、可以免费反复触达的用户流量。')
assert read('search/meta.js').startsWith('qunbookSearchLoaded(') : 'the sharded search index'
// qunbook.baseUrl (a property in the pom) reached the build: absolute URLs in the sitemap
assert read('sitemap.xml').contains('<loc>https://handbook.example.org/docs/playbooks/jianqun/</loc>')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Built 5 pages in \d+\.\d s → target\/qunbook\//
assert log =~ /\[INFO\] Checked 5 pages in \d+\.\d s/
assert !log.contains('[WARNING]')
true
