// Draws the timeline list (#timeline, items with data-from / data-to) as a
// line of time: one bar or dot per event on a shared axis of years. The list
// stays the accessible text; the drawing is an image of it.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  function year(iso) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
    if (!m) return null;
    return +m[1] + ((+m[2] || 1) - 1) / 12 + ((+m[3] || 1) - 1) / 365;
  }
  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }
  function draw() {
    var list = document.getElementById('timeline');
    var box = document.getElementById('timeline-chart');
    if (!list || !box) return;
    var events = [];
    list.querySelectorAll('li[data-from]').forEach(function (li) {
      var from = year(li.dataset.from), to = year(li.dataset.to);
      if (from !== null) events.push({from: from, to: to === null ? from : to, label: li.dataset.label || ''});
    });
    if (!events.length) return;
    var lo = Math.floor(Math.min.apply(null, events.map(function (e) { return e.from; })));
    var hi = Math.ceil(Math.max.apply(null, events.map(function (e) { return e.to; }))) + 1;
    var width = 900, left = 10, right = 10, row = 18, top = 24;
    var height = top + events.length * row + 10;
    var x = function (y) { return left + (y - lo) / (hi - lo) * (width - left - right); };
    var svg = el('svg', {viewBox: '0 0 ' + width + ' ' + height, 'aria-hidden': 'true'});
    var step = Math.max(1, Math.ceil((hi - lo) / 12));
    for (var y = lo; y <= hi; y += step) {
      svg.appendChild(el('line', {x1: x(y), x2: x(y), y1: 14, y2: height, stroke: '#ddd'}));
      svg.appendChild(el('text', {x: x(y) + 2, y: 11}, String(y)));
    }
    events.forEach(function (e, i) {
      var cy = top + i * row;
      if (e.to - e.from > 0.05) {
        svg.appendChild(el('rect', {x: x(e.from), y: cy - 5, width: Math.max(3, x(e.to) - x(e.from)), height: 10, fill: '#0b4f9c', rx: 2}));
      } else {
        svg.appendChild(el('circle', {cx: x(e.from), cy: cy, r: 5, fill: '#c45500'}));
      }
      // The label after the mark, or before it when the mark is in the right half.
      var label = e.label.length > 60 ? e.label.slice(0, 59) + '…' : e.label;
      var right = x(e.to) > width / 2;
      svg.appendChild(el('text', {x: right ? x(e.from) - 8 : x(e.to) + 8, y: cy + 4,
                                  'text-anchor': right ? 'end' : 'start'}, label));
    });
    box.appendChild(svg);
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
