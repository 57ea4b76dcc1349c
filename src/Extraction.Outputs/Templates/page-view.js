(function () {
  'use strict';

  // Pages are drawn only while near the viewport and dropped again when far from it, so a long document keeps a
  // small DOM: one SVG per visible page, built from the JSON model in one string.
  var model = JSON.parse(document.getElementById('page-view-data').textContent);
  var LAYERS = [
    ['words', 'Words', true], ['rules', 'Rules', true], ['pictures', 'Pictures', true], ['blocks', 'Blocks', true],
    ['furniture', 'Page header/footer', true], ['tables', 'Tables', true], ['columns', 'Columns', true],
    ['rows', 'Rows', false], ['header', 'Header cells', true], ['values', 'Values', true], ['charts', 'Charts', true],
    ['unread', 'Unread figures', true]
  ];
  // Bottom to top: values last, so they take the clicks.
  var DRAW_ORDER = ['pictures', 'blocks', 'furniture', 'tables', 'columns', 'rows', 'header', 'charts', 'rules', 'words', 'unread', 'values'];
  var ROLES = ['heading', 'prose', 'caption', 'description', 'note', 'figure-caption', 'chart-text', 'table', 'form',
    'page-header', 'page-footer', 'page-number'];
  var FURNITURE = { 'page-header': true, 'page-footer': true, 'page-number': true };
  var pagesEl = document.getElementById('pages');
  var tip = document.getElementById('tip');
  var zoom = 1;
  var selected = -1;
  var related = {};

  var pageByNumber = {};
  var onPage = {};
  model.pages.forEach(function (p) {
    pageByNumber[p.n] = p;
    onPage[p.n] = { tables: [], values: [], charts: [], unread: [] };
  });
  model.tables.forEach(function (t, ti) {
    t.boxes.forEach(function (b, bi) { if (onPage[b[0]]) { onPage[b[0]].tables.push([ti, bi]); } });
  });
  model.values.forEach(function (v, vi) { if (onPage[v.page]) { onPage[v.page].values.push(vi); } });
  model.charts.forEach(function (c, ci) { if (onPage[c[0]]) { onPage[c[0]].charts.push(ci); } });
  model.unread.forEach(function (u, ui) { if (onPage[u[0]]) { onPage[u[0]].unread.push(ui); } });

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }

  function rect(x0, y0, x1, y1, cls, extra) {
    return '<rect class="' + cls + '" x="' + x0 + '" y="' + y0 + '" width="' + Math.max(x1 - x0, 0.5) +
      '" height="' + Math.max(y1 - y0, 0.5) + '"' + (extra || '') + '/>';
  }

  function tipAttr(text) { return ' data-tip="' + esc(text) + '"'; }

  function number(value) {
    return value === null || value === undefined ? '' : Number(value).toLocaleString('da-DK', { maximumFractionDigits: 6 });
  }

  function tableName(t) {
    return (t.id ? 'Tabel ' + t.id : t.uid) + (t.title ? ' — ' + t.title : '');
  }

  function word(w) {
    var x0 = w[0], y0 = w[1], x1 = w[2], y1 = w[3], h = y1 - y0, wd = x1 - x0;
    var weight = (w[5] & 1) ? ' font-weight="bold"' : '';
    if ((w[5] & 2) && h > wd) {
      // Rotated text (an axis title): drawn bottom to top along the box.
      return '<text x="' + (x0 + wd * 0.8) + '" y="' + y1 + '" font-size="' + (wd * 0.8).toFixed(2) + '" textLength="' +
        h.toFixed(2) + '" lengthAdjust="spacingAndGlyphs" transform="rotate(-90 ' + (x0 + wd * 0.8) + ' ' + y1 + ')"' +
        weight + '>' + esc(w[4]) + '</text>';
    }
    return '<text x="' + x0 + '" y="' + (y1 - h * 0.22).toFixed(2) + '" font-size="' + (h * 0.8).toFixed(2) +
      '" textLength="' + wd.toFixed(2) + '" lengthAdjust="spacingAndGlyphs"' + weight + '>' + esc(w[4]) + '</text>';
  }

  function tableLayers(n, out) {
    onPage[n].tables.forEach(function (entry) {
      var t = model.tables[entry[0]], b = t.boxes[entry[1]];
      out.tables.push(rect(b[1], b[2], b[3], b[4], 'table', tipAttr('table ' + tableName(t) + (t.unit ? ' (' + t.unit + ')' : '') +
        ', confidence ' + t.confidence.toFixed(2) + (t.confidence_reasons.length ? ': ' + t.confidence_reasons.join('; ') : ''))));
      t.columns.forEach(function (c) {
        if (c[0] === null) { return; }
        out.columns.push(rect(c[0], b[2], c[1], b[4], 'column role-' + c[2], tipAttr('column "' + c[3] + '" → ' + c[4])));
      });
      t.rows.forEach(function (r) {
        if (r[0] === n) { out.rows.push(rect(r[1], r[2], r[3], r[4], 'row kind-' + r[6], tipAttr('row "' + r[5] + '" (' + r[6] + ')'))); }
      });
      if (entry[1] === 0) {
        t.header.forEach(function (h) {
          if (h[0] === null) { return; }
          out.header.push(rect(h[0], h[1], h[2], h[3], 'header-cell', tipAttr('"' + h[7] + '" → ' + h[8])));
        });
      }
    });
  }

  // A page's words, rules, blocks and pictures are parsed when it is drawn and let go when it is dropped.
  function content(n) {
    return JSON.parse(document.getElementById('page-data-' + n).textContent);
  }

  function render(section) {
    var n = +section.dataset.n, p = pageByNumber[n], c = content(n);
    var out = { pictures: [], blocks: [], furniture: [], tables: [], columns: [], rows: [], header: [], charts: [], rules: [], words: [], unread: [], values: [] };
    c.pictures.forEach(function (b) { out.pictures.push(rect(b[0], b[1], b[2], b[3], 'picture', tipAttr('picture'))); });
    c.blocks.forEach(function (b) {
      var layer = FURNITURE[b[4]] ? out.furniture : out.blocks;
      layer.push(rect(b[0], b[1], b[2], b[3], 'block role-' + b[4], tipAttr(b[4])));
    });
    tableLayers(n, out);
    onPage[n].charts.forEach(function (ci) {
      var c = model.charts[ci];
      out.charts.push(rect(c[1], c[2], c[3], c[4], 'chart', tipAttr('chart' + (c[5] ? ': ' + c[5] : '') + (c[6] ? ' (picture)' : ' (text)'))) +
        '<text class="chart-label" x="' + (c[1] + 2) + '" y="' + (c[2] + 9) + '">chart</text>');
    });
    onPage[n].unread.forEach(function (ui) {
      var u = model.unread[ui];
      out.unread.push(rect(u[1], u[2], u[3], u[4], 'unread', tipAttr('not a number, no fact: "' + u[5] + '" · ' + u[6] + ' / ' + u[7])));
    });
    c.rules.forEach(function (b) { out.rules.push(rect(b[0], b[1], b[2], b[3], 'rule')); });
    c.words.forEach(function (w) { out.words.push(word(w)); });
    onPage[n].values.forEach(function (vi) {
      var v = model.values[vi], b = v.box;
      var cls = 'value' + (v.failed ? ' failed' : '') + (vi === selected ? ' selected' : '') + (related[vi] ? ' related' : '');
      out.values.push(rect(b[0], b[1], b[2], b[3], cls, ' data-value="' + vi + '"'));
    });
    var svg = ['<svg class="page-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ' + p.w + ' ' + p.h + '" width="' + p.w * zoom +
      '" height="' + p.h * zoom + '"><rect class="paper" width="' + p.w + '" height="' + p.h + '"/>'];
    DRAW_ORDER.forEach(function (name) { svg.push('<g class="layer layer-' + name + '">' + out[name].join('') + '</g>'); });
    svg.push('</svg>');
    section.querySelector('.sheet').innerHTML = svg.join('');
    section.dataset.rendered = 'true';
  }

  function unrender(section) {
    section.querySelector('.sheet').innerHTML = '';
    delete section.dataset.rendered;
  }

  function sizeSheet(section) {
    var p = pageByNumber[+section.dataset.n];
    var sheet = section.querySelector('.sheet');
    sheet.style.width = p.w * zoom + 'px';
    sheet.style.height = p.h * zoom + 'px';
    var svg = sheet.querySelector('svg');
    if (svg) {
      svg.setAttribute('width', p.w * zoom);
      svg.setAttribute('height', p.h * zoom);
    }
  }

  function setZoom(z) {
    zoom = Math.min(4, Math.max(0.25, z));
    document.getElementById('zoom-level').textContent = Math.round(zoom * 100) + '%';
    Array.prototype.forEach.call(pagesEl.children, sizeSheet);
  }

  function fitZoom() {
    var widest = model.pages.reduce(function (m, p) { return Math.max(m, p.w); }, 1);
    // The padding either side, and room for the vertical scroll bar that appears once the pages are in.
    return Math.max(0.25, Math.min(2, (pagesEl.clientWidth - 60) / widest));
  }

  function field(name, label, value) {
    return '<dt>' + esc(label) + '</dt><dd data-field="' + name + '">' + esc(value === null || value === undefined ? '' : value) + '</dd>';
  }

  function checkSummary(c) {
    return esc(c.kind.replace('_', ' ')) + ' · ' + esc(c.target) + ': printed ' + number(c.printed) +
      (c.holds ? '' : ', computed ' + number(c.computed) + ' (difference ' + number(c.printed - c.computed) + ')');
  }

  function checkItem(ci) {
    var c = model.checks[ci];
    return '<li class="check ' + (c.holds ? 'holds' : 'fails') + '">' + (c.holds ? '✓ ' : '✗ ') + checkSummary(c) +
      '<div class="message">' + esc(c.message) + '</div></li>';
  }

  function highlight(values) {
    related = {};
    values.forEach(function (vi) { related[vi] = true; });
    Array.prototype.forEach.call(pagesEl.querySelectorAll('rect.value'), function (r) {
      var vi = +r.dataset.value;
      r.classList.toggle('related', !!related[vi]);
      r.classList.toggle('selected', vi === selected);
    });
  }

  function select(vi) {
    var v = model.values[vi], t = v.table >= 0 ? model.tables[v.table] : null;
    selected = vi;
    var related = [];
    v.checks.forEach(function (ci) { related = related.concat(model.checks[ci].values); });
    highlight(related);
    var html = '<h2>Value ' + esc(v.printed) + '</h2><dl id="value-details">' +
      field('table', 'Table', t ? tableName(t) + ' (' + t.uid + ')' : v.table_uid) +
      field('table_confidence', 'Table confidence', t ? t.confidence.toFixed(2) + (t.confidence_reasons.length ? ' — ' + t.confidence_reasons.join('; ') : '') : '') +
      field('activity_area', 'Activity area', v.activity_area) +
      field('row_label', 'Row', v.row_label) +
      field('row_kind', 'Row kind', v.row_kind) +
      field('column_label', 'Column', v.column_label) +
      field('measure', 'Measure', v.measure) +
      field('year', 'Year', v.year === null ? '' : v.year + (v.year_inferred ? ' (from the fiscal year)' : '')) +
      field('printed', 'Printed', v.printed) +
      field('value', 'Value', String(v.value)) +
      field('unit', 'Unit', (v.unit || '') + (v.unit_printed ? ' (' + v.unit_printed + ')' : '')) +
      field('scale', 'Scale', v.scale === null ? '' : String(v.scale)) +
      field('amount_dkk', 'Amount in kroner', v.amount_dkk === null ? '' : number(v.amount_dkk) + ' kr.') +
      field('position', 'Page, box', 'p. ' + v.page + ' [' + v.box.join(' ') + ']') +
      '</dl><h3>Checks (' + v.checks.length + ')</h3><ul id="value-checks">' + v.checks.map(checkItem).join('') + '</ul>';
    document.getElementById('selection').innerHTML = html;
  }

  function showCheck(ci) {
    var c = model.checks[ci];
    selected = -1;
    highlight(c.values);
    document.getElementById('selection').innerHTML = '<h2>Check</h2><ul id="check-details">' + checkItem(ci) + '</ul>';
  }

  function go(hash) {
    var m = /^#p(\d+)(?:-c(\d+))?$/.exec(hash || '');
    if (!m) { return; }
    var section = document.getElementById('p' + m[1]);
    if (m[2] !== undefined && model.checks[+m[2]]) { showCheck(+m[2]); }
    if (section) { section.scrollIntoView(); }
  }

  function buildToolbar() {
    var d = model.document;
    document.getElementById('document-title').textContent = d.title || d.source_file;
    document.getElementById('document-meta').textContent = [d.source_file, d.municipality, d.document_kind, d.fiscal_year,
      d.policy_area ? 'Politikområde ' + d.policy_area : null, d.page_count + ' pages', model.values.length + ' values',
      model.tables.length + ' tables'].filter(function (x) { return x !== null && x !== undefined; }).join(' · ');
    var layers = document.getElementById('layers');
    LAYERS.forEach(function (l) {
      var label = document.createElement('label');
      label.innerHTML = '<input type="checkbox" data-layer="' + l[0] + '"' + (l[2] ? ' checked' : '') + '> ' + esc(l[1]);
      layers.appendChild(label);
      document.body.classList.toggle('hide-' + l[0], !l[2]);
    });
    layers.addEventListener('change', function (e) {
      var layer = e.target.dataset.layer;
      if (layer) { document.body.classList.toggle('hide-' + layer, !e.target.checked); }
    });
    document.getElementById('zoom').addEventListener('click', function (e) {
      var action = e.target.dataset && e.target.dataset.zoom;
      if (action === 'in') { setZoom(zoom * 1.25); }
      if (action === 'out') { setZoom(zoom / 1.25); }
      if (action === 'fit') { setZoom(fitZoom()); }
    });
    function swatch(cls, text) {
      return '<li><svg class="swatch" viewBox="0 0 14 10"><rect class="' + cls + '" x="1" y="1" width="12" height="8"/></svg>' + esc(text) + '</li>';
    }
    document.getElementById('legend').innerHTML = ROLES.map(function (r) { return swatch('block role-' + r, r); }).join('') +
      swatch('table', 'table area') + swatch('header-cell', 'header cell') + swatch('value', 'value') +
      swatch('value failed', 'value in a failed check') + swatch('chart', 'chart') + swatch('unread', 'unread figure (no fact)');
    var failed = document.getElementById('failed-checks');
    failed.innerHTML = model.checks.map(function (c, ci) {
      return c.holds ? '' : '<li title="' + esc(c.message) + '"><a href="#p' + c.page + '-c' + ci + '">p. ' + c.page + '</a> ' + checkSummary(c) + '</li>';
    }).join('') || '<li class="none">None</li>';
  }

  // Sheets get their size before they are observed: unsized, every page would count as near the view and be drawn.
  function buildPages() {
    var html = model.pages.map(function (p) {
      return '<section class="page" id="p' + p.n + '" data-n="' + p.n + '"><h2>Page ' + p.n +
        (p.label ? ' <span class="label">(printed ' + esc(p.label) + ')</span>' : '') + '</h2><div class="sheet" style="width:' +
        p.w * zoom + 'px;height:' + p.h * zoom + 'px"></div></section>';
    }).join('');
    pagesEl.innerHTML = html || '<p class="hint">No pages in the range asked for.</p>';
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting && !e.target.dataset.rendered) { render(e.target); }
        if (!e.isIntersecting && e.target.dataset.rendered) { unrender(e.target); }
      });
    }, { root: pagesEl, rootMargin: '1200px 0px' });
    Array.prototype.forEach.call(pagesEl.querySelectorAll('section.page'), function (s) { observer.observe(s); });
  }

  pagesEl.addEventListener('mousemove', function (e) {
    var target = e.target.closest ? e.target.closest('[data-tip],[data-value]') : null;
    if (!target) { tip.hidden = true; return; }
    var text = target.dataset.tip;
    if (target.dataset.value !== undefined) {
      var v = model.values[+target.dataset.value];
      text = v.printed + ' → ' + v.measure + (v.year !== null ? ' ' + v.year : '') + ' · ' + v.row_label + (v.failed ? ' · failed check' : '');
    }
    tip.textContent = text;
    tip.hidden = false;
    tip.style.left = Math.max(4, Math.min(e.clientX + 14, pagesEl.getBoundingClientRect().right - tip.offsetWidth - 4)) + 'px';
    tip.style.top = (e.clientY + 14) + 'px';
  });
  pagesEl.addEventListener('mouseleave', function () { tip.hidden = true; });
  pagesEl.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target.closest('[data-value]') : null;
    if (target) { select(+target.dataset.value); }
  });
  window.addEventListener('hashchange', function () { go(location.hash); });

  buildToolbar();
  setZoom(fitZoom());
  buildPages();
  go(location.hash);
  document.body.dataset.ready = 'true';
})();
