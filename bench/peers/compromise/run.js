// Tags the CoNLL++ test sentences with compromise (people, places,
// organizations) and prints tokens per second on one thread, and the exact-span
// F1 of PER/LOC/ORG against the gold tags (MISC has no compromise counterpart,
// so its gold entities are left out of the score).
// Usage: node run.js ../../../../shared/datasets/conll2003pp/conllpp_test.txt
'use strict';
const fs = require('fs');
const nlp = require('compromise');

const path = process.argv[2];
const sentences = [];
let words = [], gold = [];
for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
  const cols = line.trim().split(/\s+/);
  if (line.trim() === '' || cols[0] === '-DOCSTART-') {
    if (words.length) sentences.push({words, gold});
    words = []; gold = [];
    continue;
  }
  words.push(cols[0]);
  gold.push(cols[cols.length - 1]);
}
if (words.length) sentences.push({words, gold});

// Gold spans as "start-end-TYPE" over character offsets of the joined sentence.
function goldSpans(s, offsets) {
  const out = new Set();
  let open = -1, type = '';
  for (let i = 0; i <= s.gold.length; i++) {
    const tag = i < s.gold.length ? s.gold[i] : 'O';
    const cont = tag.startsWith('I-') && open >= 0 && tag.slice(2) === type;
    if (open >= 0 && !cont) {
      if (type !== 'MISC') out.add(`${offsets[open]}-${offsets[i - 1] + s.words[i - 1].length}-${type}`);
      open = -1;
    }
    if (tag !== 'O' && !cont) { open = i; type = tag.slice(2); }
  }
  return out;
}

const texts = sentences.map(s => s.words.join(' '));
let tokens = 0;
for (const s of sentences) tokens += s.words.length;

const kinds = [['people', 'PER'], ['places', 'LOC'], ['organizations', 'ORG']];
let found = 0, correct = 0, goldCount = 0;
const start = process.hrtime.bigint();
const predicted = texts.map(text => {
  const doc = nlp(text);
  const spans = [];
  for (const [method, type] of kinds) {
    for (const m of doc[method]().json({offset: true})) {
      spans.push(`${m.offset.start}-${m.offset.start + m.offset.length}-${type}`);
    }
  }
  return spans;
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

sentences.forEach((s, k) => {
  const offsets = [];
  let pos = 0;
  for (const w of s.words) { offsets.push(pos); pos += w.length + 1; }
  const g = goldSpans(s, offsets);
  goldCount += g.size;
  const p = new Set(predicted[k]);
  found += p.size;
  for (const x of p) if (g.has(x)) correct++;
});
const precision = found ? 100 * correct / found : 0;
const recall = goldCount ? 100 * correct / goldCount : 0;
const f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
console.log(`compromise: ${tokens} tokens in ${seconds.toFixed(3)} s = ${Math.round(tokens / seconds)} tokens/s`);
console.log(`compromise PER+LOC+ORG exact spans: precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} F1 ${f1.toFixed(2)}`);
