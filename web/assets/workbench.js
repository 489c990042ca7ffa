// The workbench's actions: judgments on an entity page (with undo), the
// screening page (results table and CSV download) and the upload form. Every
// POST carries a JSON body or the X-Dossier-Request header, which a page of
// another site cannot send without the server's consent; text from the
// server is inserted with textContent only.
(function () {
  'use strict';

  function post(url, body) {
    var json = !(body instanceof FormData);
    return fetch(url, {
      method: 'POST', credentials: 'same-origin', body: json ? JSON.stringify(body) : body,
      headers: json ? {'Content-Type': 'application/json'} : {'X-Dossier-Request': '1'}
    }).then(function (r) {
      return r.json().then(function (j) { return {ok: r.ok, json: j}; },
                           function () { return {ok: false, json: {error: 'HTTP ' + r.status}}; });
    });
  }

  function say(status, text, link, undo) {
    status.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      status.append(' ', a);
    }
    if (undo) {
      var b = document.createElement('button');
      b.type = 'button';
      b.id = 'judge-undo';
      b.textContent = 'Undo';
      b.addEventListener('click', undo);
      status.append(' ', b);
    }
  }

  function judgments() {
    var form = document.getElementById('judgment');
    if (!form) return;
    var status = document.getElementById('judge-status');
    function done(r) {
      if (!r.ok) { say(status, 'Not done: ' + r.json.error); return; }
      var j = r.json;
      var link = j.entity ? {href: '/entities/' + encodeURIComponent(j.entity), text: 'Open ' + (j.name || j.entity)} : null;
      var undo = j.undoable ? function () {
        post('/api/judgments', {action: 'undo', judgment: j.judgment}).then(done);
      } : null;
      say(status, j.message, link, undo);
    }
    form.querySelectorAll('button[data-action]').forEach(function (button) {
      button.addEventListener('click', function () {
        post('/api/judgments', {action: button.dataset.action, entity: form.dataset.entity,
                                other: form.other.value.trim(), note: form.note.value}).then(done);
      });
    });
  }

  function csvField(v) {
    v = String(v);
    return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  function screening() {
    var form = document.getElementById('screen');
    if (!form) return;
    var status = document.getElementById('screen-status');
    var body = document.querySelector('#screen-results tbody');
    var csvButton = document.getElementById('screen-csv');
    var rows = [];
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var names = form.names.value.split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
      var file = form.file.files[0];
      (file ? file.text() : Promise.resolve('')).then(function (list) {
        var request = {names: names};
        if (list) request.list = list;
        return post('/api/screen', request);
      }).then(function (r) {
        body.textContent = '';
        rows = [];
        if (!r.ok) { say(status, 'Not screened: ' + r.json.error); return; }
        r.json.forEach(function (result) {
          if (!result.matches.length) rows.push([result.query, '', '', '', 'no match', '']);
          result.matches.forEach(function (m) {
            rows.push([result.query, m.name, m.score, m.verdict, m.why, m.id]);
          });
        });
        rows.forEach(function (row) {
          var tr = document.createElement('tr');
          [0, 1, 2, 3, 4].forEach(function (i) {
            var td = document.createElement('td');
            if (i === 1 && row[5]) {
              var a = document.createElement('a');
              a.href = '/entities/' + encodeURIComponent(row[5]);
              a.textContent = row[1];
              td.appendChild(a);
            } else {
              td.textContent = row[i];
            }
            tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        say(status, r.json.length + ' names screened, ' + rows.filter(function (x) { return x[5]; }).length + ' matches.');
        csvButton.disabled = rows.length === 0;
      });
    });
    csvButton.addEventListener('click', function () {
      var lines = ['query,name,score,verdict,why,id'].concat(rows.map(function (row) {
        return row.map(csvField).join(',');
      }));
      var a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], {type: 'text/csv'}));
      a.download = 'screening.csv';
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
  }

  function upload() {
    var form = document.getElementById('upload');
    if (!form) return;
    var status = document.getElementById('upload-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData();
      Array.prototype.forEach.call(form.files.files, function (f) { data.append('files', f, f.name); });
      say(status, 'Ingesting…');
      post('/api/ingest', data).then(function (r) {
        if (!r.ok) { say(status, 'Not ingested: ' + r.json.error); return; }
        var j = r.json;
        var text = j.stored + ' stored, ' + j.already_stored + ' already stored, ' + j.failed + ' failed.';
        if (j.errors && j.errors.length) text += ' ' + j.errors.join(' ');
        say(status, text, {href: '/', text: 'Reload'});
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    judgments();
    screening();
    upload();
  });
})();
