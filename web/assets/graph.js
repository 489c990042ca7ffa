// Draws the relation graph with Cytoscape.js from the lists #graph-nodes and
// #graph-edges (data-id, data-name, data-type, data-distance, data-href;
// data-from, data-to, data-kind). A node with a page opens it when chosen.
(function () {
  'use strict';
  var colours = {family: '#b3261e', ownership: '#7a4b00', employment: '#0b4f9c', membership: '#256029', associate: '#5b2a86'};
  function draw() {
    var box = document.getElementById('graph');
    var nodes = document.getElementById('graph-nodes');
    if (!box || !nodes || typeof cytoscape !== 'function') return;
    var elements = [];
    nodes.querySelectorAll('li').forEach(function (li) {
      elements.push({data: {id: li.dataset.id, label: li.dataset.name, type: li.dataset.type,
                            distance: +li.dataset.distance, href: li.dataset.href}});
    });
    document.querySelectorAll('#graph-edges li').forEach(function (li, i) {
      elements.push({data: {id: 'e' + i, source: li.dataset.from, target: li.dataset.to, kind: li.dataset.kind}});
    });
    var cy = cytoscape({
      container: box,
      elements: elements,
      layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000},
      maxZoom: 1.4,
      minZoom: 0.3,
      style: [
        {selector: 'node', style: {label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
                                   'background-color': '#0b4f9c', width: 18, height: 18, color: '#1b1b1b'}},
        {selector: 'node[type = "ORGANIZATION"]', style: {shape: 'round-rectangle', 'background-color': '#256029'}},
        {selector: 'node[distance = 0]', style: {width: 28, height: 28, 'background-color': '#c45500', 'font-weight': 'bold'}},
        {selector: 'edge', style: {width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
                                   label: 'data(kind)', 'font-size': 9, 'text-rotation': 'autorotate', color: '#4a4a4a',
                                   'line-color': '#8a8a8a', 'target-arrow-color': '#8a8a8a'}}
      ].concat(Object.keys(colours).map(function (k) {
        return {selector: 'edge[kind = "' + k + '"]', style: {'line-color': colours[k], 'target-arrow-color': colours[k]}};
      }))
    });
    cy.on('tap', 'node', function (event) {
      var href = event.target.data('href');
      if (href) window.location.href = href;
    });
    box.dataset.drawn = String(cy.nodes().length);
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
