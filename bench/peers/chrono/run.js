// Scans an English text for date expressions with chrono-node, one paragraph
// (line) at a time, with a fixed reference date, and prints the throughput
// on one thread and the number of expressions found.
// Usage: node run.js TEXT_FILE   (bench/run_time_money.sh makes the file)
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const text = fs.readFileSync(process.argv[2], 'utf8');
const paragraphs = text.split('\n').filter((line) => line.trim() !== '');
const bytes = Buffer.byteLength(text, 'utf8');
const reference = new Date(Date.UTC(2013, 1, 12, 4, 30));

// One untimed pass warms the JIT, as the C++ side warms its caches.
for (const p of paragraphs.slice(0, 200)) chrono.parse(p, reference);

let found = 0;
const start = process.hrtime.bigint();
for (const p of paragraphs) found += chrono.parse(p, reference).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mbPerSecond = bytes / (1 << 20) / seconds;
console.log(`chrono-node: ${bytes} bytes, ${paragraphs.length} paragraphs in ${seconds.toFixed(3)} s ` +
            `= ${mbPerSecond.toFixed(2)} MB/s, ${found} expressions`);
