// The static site's behaviour, with no server: a citation link ending in
// #cite-START-END marks those bytes of the source's text (each passage
// carries its byte offset in data-start) and scrolls to them; #pN marks a
// passage; the search page looks words up in the index search-index.js
// defines (window.DOSSIER_INDEX).
(function () {
  'use strict';

  // The UTF-16 index in `text` of UTF-8 byte offset `bytes`.
  function charIndex(text, bytes) {
    var count = 0;
    for (var i = 0; i < text.length; i++) {
      if (count >= bytes) return i;
      var c = text.codePointAt(i);
      count += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (c >= 0x10000) i++;
    }
    return text.length;
  }

  function markCitation() {
    var article = document.getElementById('source-text');
    if (!article) return;
    var old = document.getElementById('cited');
    if (old) old.replaceWith(document.createTextNode(old.textContent));
    var m = /^#cite-(\d+)-(\d+)$/.exec(window.location.hash);
    var p = /^#p(\d+)$/.exec(window.location.hash);
    var target = null;
    if (m) {
      var start = +m[1], end = +m[2];
      article.querySelectorAll('[data-start]').forEach(function (el) {
        var s = +el.dataset.start;
        var node = el.firstChild;
        if (target || !node || node.nodeType !== 3) return;
        var bytes = new TextEncoder().encode(node.textContent).length;
        if (start < s || start >= s + bytes) return;
        var range = document.createRange();
        range.setStart(node, charIndex(node.textContent, start - s));
        range.setEnd(node, charIndex(node.textContent, Math.min(end, s + bytes) - s));
        target = document.createElement('mark');
        range.surroundContents(target);
      });
    } else if (p) {
      var el = document.getElementById('p' + p[1]);
      if (el) {
        target = document.createElement('mark');
        while (el.firstChild) target.appendChild(el.firstChild);
        el.appendChild(target);
      }
    }
    if (target) {
      target.id = 'cited';
      target.scrollIntoView({block: 'center'});
    }
  }

  function search() {
    var list = document.getElementById('results');
    var index = window.DOSSIER_INDEX;
    if (!list || !index) return;
    var q = new URLSearchParams(window.location.search).get('q') || '';
    var words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words.length) return;
    var hits = index.passages.filter(function (p) {
      var text = p.text.toLowerCase();
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }).slice(0, 100);
    var count = document.createElement('p');
    count.textContent = hits.length + (hits.length === 1 ? ' passage' : ' passages') + ' found.';
    list.before(count);
    hits.forEach(function (p) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = 'sources/' + p.source + '.html#p' + p.passage;
      a.textContent = p.title;
      var snippet = document.createElement('p');
      snippet.textContent = p.text.length > 300 ? p.text.slice(0, 299) + '…' : p.text;
      li.append(a, snippet);
      list.appendChild(li);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    markCitation();
    search();
  });
  window.addEventListener('hashchange', markCitation);
})();
