// search-highlight.js under node: what a result marks and where its snippet starts, with the
// query terms qunbook-search.js makes (the theme's search.js only turns these into <mark>s).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const search = require('../../main/resources/org/qunbook/search/qunbook-search.js');
const highlight = require('../../main/resources/org/qunbook/search/search-highlight.js');

const FOLD = search.compileFoldTable('則则規规');
const terms = (query) => search.queryTerms(query, FOLD);
const marked = (text, query) => highlight.matchRanges(text, terms(query), FOLD).map(([a, b]) => text.slice(a, b));

test('marks the query terms, Traditional text for a Simplified query, Latin prefixes whole', () => {
  assert.deepEqual(marked('新建的群規很重要, ARPU 高', '群规 arp'), ['群規', 'ARPU']);
  assert.deepEqual(marked('群规写进群公告', '群'), ['群', '群'], 'a lone CJK character marks that character');
  assert.deepEqual(marked('社群运营的社群', '社群运营'), ['社群运营', '社群'], 'overlapping bigrams merge');
  assert.deepEqual(marked('', '群'), []);
  assert.deepEqual(highlight.matchRanges('文本', [], FOLD), []);
});

test('safeCut never splits a surrogate pair', () => {
  const text = 'a𠀀b'; // U+20000 is two UTF-16 units
  assert.equal(highlight.safeCut(text, 2), 1);
  assert.equal(highlight.safeCut(text, 1), 1);
  assert.equal(highlight.safeCut(text, 3), 3);
  assert.equal(highlight.safeCut(text, 0), 0);
});

test('firstMatch finds the same first match as analysing the whole text, across chunk cuts', () => {
  const filler = '这是一段没有关键词的说明文字，用来把匹配推到后面。';
  const cases = [
    [filler.repeat(20) + '群规很重要', '群规'],
    [filler.repeat(7).slice(0, 199) + '群规', '群规'], // a bigram across the first cut
    ['x'.repeat(190) + ' ' + 'ARPU'.repeat(5) + ' arpu', 'arp'], // a Latin word across the cut
    ['ж'.repeat(196) + ' ' + 'приветствие' + ' привет', 'привет'], // a Cyrillic word across the cut
    ['α'.repeat(197) + ' ' + 'λόγος', 'λόγος'], // Greek, with a combining-free accented letter
    ['𠀀'.repeat(150) + '群规', '群规'], // surrogate pairs before the cut
    [filler, '群规']
  ];
  for (const [text, query] of cases) {
    const whole = highlight.matchRanges(text, terms(query), FOLD);
    const expected = whole.length ? whole[0][0] : -1;
    assert.equal(highlight.firstMatch(text, terms(query), FOLD), expected, query + ' in ' + text.length + ' chars');
  }
  assert.equal(highlight.firstMatch(filler.repeat(3), terms('群规'), FOLD), -1);
});

test('a word is never cut: the scan reads on to its end before looking for a prefix', () => {
  // With a chunk of 10, "приветствие" starts at 8: cut at 10 it would be "пр", no match for "прив".
  const text = 'ж ж ж ж приветствие';
  assert.equal(highlight.firstMatch(text, terms('прив'), FOLD, 10), 8);
  assert.equal(highlight.firstMatch('abcdefgh arpu', terms('arp'), FOLD, 10), 9);
});

test('snippet shows a window around the first match, else the summary, with the ranges inside it', () => {
  const text = '开头'.repeat(40) + '群规' + '结尾'.repeat(100);
  const s = highlight.snippet(text, terms('群规'), FOLD, { before: 24, length: 110 });
  assert.equal(s.text, text);
  assert.equal(s.from, 80 - 24);
  assert.equal(s.to, 80 - 24 + 110);
  assert.deepEqual(s.ranges, [[80, 82]]);

  const noMatch = highlight.snippet('没有关键词', terms('群规'), FOLD, { before: 24, length: 110, summary: '摘要里的群规' });
  assert.equal(noMatch.text, '摘要里的群规');
  assert.deepEqual(noMatch.ranges.map(([a, b]) => noMatch.text.slice(a, b)), ['群规']);

  const nowhere = highlight.snippet('没有关键词', terms('群规'), FOLD, { before: 24, length: 3 });
  assert.deepEqual([nowhere.from, nowhere.to, nowhere.ranges], [0, 3, []]);

  const pair = '𠀀'.repeat(30) + '群规';
  const cut = highlight.snippet(pair, terms('群规'), FOLD, { before: 5, length: 7 });
  assert.notEqual(pair.charCodeAt(cut.from) & 0xfc00, 0xdc00, 'starts on a whole character');
  assert.notEqual(pair.charCodeAt(cut.to) & 0xfc00, 0xdc00, 'ends on a whole character');
});

/** A page's text file as SearchIndexer writes it: its text and [start, end, fragment, heading] per section. */
function page(parts) {
  let text = '', sections = [];
  for (const [heading, body] of parts) {
    const start = text.length;
    text += (heading ? heading + '\n' : '') + body + '\n';
    if (heading) sections.push([start, text.length, encodeURIComponent(heading), heading]);
  }
  return { text, sections };
}
const chosen = (p, query, idf, limit) => highlight.sections(p, terms(query).map((t) => (
  idf && idf[t.term] ? Object.assign(t, { idf: idf[t.term] }) : t)), FOLD, { limit }).map((s) => s.heading);

test('sections links the sections of a page that answer the query, best first', () => {
  const p = page([
    ['', '开头的话，介绍这一页。'],
    ['负责人与节奏', '每周一由运营负责人复盘一次。'],
    ['三个触达渠道的频率', '群消息每天不超过三条，朋友圈每天一到两条，私聊每周一次，消息太多成员会屏蔽。'],
    ['常见错误', '每天刷屏发广告消息，成员很快退群。'],
    ['相关页面', '见群规。']
  ]);
  // most of the query's weight, and its terms often: first; sections without its terms: not at all
  const best = chosen(p, '消息 频率 每天', null, 5);
  assert.equal(best[0], '三个触达渠道的频率');
  assert.ok(!best.includes('负责人与节奏') && !best.includes('相关页面'), best.join());
  // a term of the heading counts more than one of the text
  assert.deepEqual(chosen(p, '常见错误 消息').slice(0, 1), ['常见错误']);
  // a rare term (high idf) outweighs a common one
  assert.deepEqual(chosen(p, '复盘 每天', { 复盘: 4, 每天: 0.5 }).slice(0, 1), ['负责人与节奏']);
  assert.deepEqual(chosen(p, '复盘 每天', { 复盘: 0.5, 每天: 4 }).slice(0, 1), ['三个触达渠道的频率']);
  // Traditional text answers a Simplified query; the limit holds
  assert.deepEqual(chosen(page([['群規', '群規寫清楚。'], ['別的', '無關。']]), '群规'), ['群規']);
  assert.equal(chosen(p, '每天', null, 1).length, 1);
});

test('sections: nothing for a page without sections, a query without terms, or no match', () => {
  assert.deepEqual(chosen({ text: '只有正文。', sections: [] }, '正文'), []);
  assert.deepEqual(highlight.sections(null, terms('正文'), FOLD), []);
  assert.deepEqual(chosen(page([['标题', '正文。']]), ''), []);
  assert.deepEqual(chosen(page([['标题', '正文。']]), '裂变'), []);
  // a query bigram in no section (发几, across two words of a question) does not hide the answer
  assert.deepEqual(chosen(page([['发送频率', '每天发两条消息。'], ['其他', '别的内容。']]), '每天发几条消息',
    { 发几: 6, 几条: 5 }), ['发送频率']);
});

test('sections: a malformed text file gives what it can, never an error; a page is analysed once', () => {
  assert.deepEqual(highlight.sections({ sections: [[0, 5, 'a', '群规']] }, terms('群规'), FOLD).map((s) => s.heading), ['群规']);
  assert.deepEqual(highlight.sections({ text: '群规写清楚。', sections: [null, [0, 6]] }, terms('群规'), FOLD), []);
  assert.deepEqual(highlight.sections('群规', terms('群规'), FOLD), []);
  const p = page([['群规', '群规写清楚。'], ['欢迎语', '欢迎新人。']]);
  assert.deepEqual(chosen(p, '群规'), ['群规']);
  assert.deepEqual(chosen(p, '欢迎'), ['欢迎语'], 'the same page, another query: its cached tokens, new counts');
});
