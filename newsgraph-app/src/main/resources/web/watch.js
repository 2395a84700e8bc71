// newsgraph's watchlists and trends pages (issue 20): saved queries with their Atom feeds and new matches, and
// counts over time of the events or claims of a search, drawn as an SVG line chart that stays readable over ten
// years (axis ticks by year, month or day, spaced so that no two labels overlap). Everything from the API is
// inserted as text, never as HTML. Exposes window.newsgraphWatch = {watchlists(main, params), trends(main, params)}.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const PLOVER = ['agree', 'consult', 'support', 'concede', 'cooperate', 'aid', 'retreat', 'request', 'accuse',
    'reject', 'threaten', 'protest', 'sanction', 'mobilize', 'coerce', 'assault'];
  const BY = [['type', 'events by type'], ['actor', 'events by actor'], ['recipient', 'events by recipient'],
    ['place', 'events by place'], ['outlet', 'events by outlet'], ['source', 'claims by source'],
    ['stance', 'claims by stance']];
  // eight colours apart for colour-blind readers (Okabe–Ito, darkened for contrast on white), then dashed repeats
  const COLOURS = ['#0b5cad', '#c25e00', '#1f7a4d', '#b8328a', '#5a4aa8', '#8a6d00', '#2a8fa8', '#a3261f'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAY = 86400000;
  /** The least room between two axis ticks, in pixels: the widest label of each kind fits with space to spare. */
  const YEAR_PX = 46; // "2025"
  const LABEL_PX = 70; // "Sep 2025", "14 Sep 2025"

  function el(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      n.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      n.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return n;
  }

  function svg(tag, attrs, ...children) {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
    for (const c of children) n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return n;
  }

  function clear(n) {
    while (n.firstChild) n.removeChild(n.firstChild);
  }

  async function api(path, options) {
    const r = await fetch(path, Object.assign({headers: {'Accept': 'application/json'}}, options || {}));
    let body = null;
    try {
      body = await r.json();
    } catch (e) {
      body = null;
    }
    if (!r.ok) throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
    return body;
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
    return q.toString();
  }

  function rendered(main, page) {
    main.setAttribute('data-rendered', page);
  }

  const list = (s) => s.split(',').map((x) => x.trim()).filter((x) => x);

  // ---- Watchlists -----------------------------------------------------------------------------------------

  async function watchlists(main, params) {
    document.title = 'Watchlists — newsgraph';
    const r = await api('/api/watchlists');
    clear(main);
    const name = el('input', {type: 'text', id: 'wl-name', required: true, maxlength: 200});
    const entities = el('input', {type: 'text', id: 'wl-entities', placeholder: 'North Korea, country:RUS'});
    const types = el('select', {id: 'wl-types', multiple: true, size: 4},
      PLOVER.map((t) => el('option', {value: t}, t)));
    const sources = el('input', {type: 'text', id: 'wl-sources', placeholder: 'Kremlin'});
    const words = el('input', {type: 'text', id: 'wl-words', placeholder: 'troops OR soldiers'});
    const level = el('select', {id: 'wl-level'}, el('option', {value: ''}, 'any'),
      el('option', {value: 'single_source'}, 'at least one named source'),
      el('option', {value: 'corroborated'}, 'corroborated (two or more sources)'));
    const confidence = el('input', {type: 'number', id: 'wl-confidence', min: 0, max: 1, step: 0.05});
    const token = el('input', {type: 'password', id: 'wl-token', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'the server\'s write token'});
    const out = el('div', {id: 'wl-out', 'aria-live': 'polite'});
    const field = (label, input, hint) => el('label', {class: 'field', for: input.id}, el('span', {}, label), input,
      hint ? el('span', {class: 'small'}, hint) : null);
    const form = el('form', {class: 'watch-form', id: 'wl-form'},
      field('Name', name),
      field('Entities (names or ids, comma separated)', entities),
      field('Event types', types, 'none chosen: claims and events'),
      field('Sources (of claims)', sources),
      field('Words (a search)', words),
      field('Corroboration', level),
      field('Least confidence (0–1)', confidence),
      field('Write token', token),
      el('div', {class: 'watch-submit'}, el('button', {type: 'submit'}, 'Save watchlist')));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      clear(out);
      const body = {name: name.value, entities: list(entities.value), sources: list(sources.value),
        event_types: [...types.selectedOptions].map((o) => o.value), words: words.value || null,
        min_level: level.value || null, min_confidence: confidence.value === '' ? null : Number(confidence.value)};
      try {
        const saved = await api('/api/watchlists', {method: 'POST', body: JSON.stringify(body),
          headers: {'Accept': 'application/json', 'Content-Type': 'application/json',
            'Authorization': 'Bearer ' + token.value}});
        location.hash = '#/watchlists?saved=' + encodeURIComponent(saved.id);
      } catch (e) {
        out.appendChild(el('p', {class: 'error', role: 'alert'}, e.message));
      }
    });
    const saved = params.get('saved');
    main.append(el('h1', {}, 'Watchlists'),
      el('p', {class: 'muted'}, 'A watchlist is a saved query. Its Atom feed lists the claims and events it matches, ' +
        'the newest first, for any feed reader; `newsgraph alerts` lists the new ones on the command line.'),
      watchlistItems(r.watchlists, saved, token),
      el('h2', {}, 'New watchlist'), form, out);
    rendered(main, 'watchlists');
  }

  function watchlistItems(all, saved, token) {
    if (!all.length) return el('p', {class: 'muted', id: 'wl-none'}, 'No watchlists yet.');
    return el('ul', {class: 'watchlists', id: 'wl-list'}, all.map((w) => {
      const matches = el('div', {class: 'wl-matches'});
      const remove = el('button', {type: 'button', class: 'secondary'}, 'Remove');
      remove.addEventListener('click', async () => {
        try {
          await api('/api/watchlists/' + encodeURIComponent(w.id), {method: 'DELETE',
            headers: {'Accept': 'application/json', 'Authorization': 'Bearer ' + token.value}});
          location.hash = '#/watchlists?removed=' + encodeURIComponent(w.id);
        } catch (e) {
          clear(matches);
          matches.appendChild(el('p', {class: 'error', role: 'alert'}, e.message + ' (give the write token below)'));
        }
      });
      const item = el('li', {class: 'watchlist' + (w.id === saved ? ' just-saved' : ''), 'data-watchlist': w.id},
        el('h3', {}, w.name, ' ', el('span', {class: 'muted small'}, w.id)),
        el('p', {class: 'small'}, describe(w)),
        el('p', {class: 'small'}, el('a', {href: w.feed, class: 'feed-link', type: 'application/atom+xml'},
          'Atom feed'), ' · ', el('a', {href: '#/trends?' + query({q: w.words || ''})}, 'Trends'), ' ', remove),
        matches);
      api('/api/watchlists/' + encodeURIComponent(w.id) + '/matches?limit=5').then((m) => {
        clear(matches);
        matches.appendChild(el('p', {class: 'small muted'}, m.total + (m.total === 1 ? ' match' : ' matches') +
          (m.total ? ', the newest:' : '')));
        if (m.matches.length) {
          matches.appendChild(el('ul', {class: 'small'}, m.matches.map((x) => el('li', {},
            el('a', {href: x.link.replace(/^\//, '')}, x.type ? x.type + ' (' + x.stance + ')' : 'claim (' +
              x.stance + ')'), ' ', x.sentence.length > 160 ? x.sentence.slice(0, 159) + '…' : x.sentence,
            el('span', {class: 'muted'}, ' — ', x.headline || '', x.date ? ', ' + x.date : '')))));
        }
      }).catch((e) => matches.appendChild(el('p', {class: 'error'}, e.message)));
      return item;
    }));
  }

  function describe(w) {
    const parts = [];
    if (w.entities.length) parts.push('entities: ' + w.entities.join(', '));
    if (w.event_types.length) parts.push('event types: ' + w.event_types.join(', '));
    if (w.sources.length) parts.push('sources: ' + w.sources.join(', '));
    if (w.words) parts.push('words: ' + w.words);
    if (w.min_level) parts.push('at least ' + w.min_level.replace('_', ' '));
    if (w.min_confidence !== null) parts.push('confidence ≥ ' + w.min_confidence);
    return parts.join(' · ');
  }

  // ---- Trends ---------------------------------------------------------------------------------------------

  async function trends(main, params) {
    document.title = 'Trends — newsgraph';
    clear(main);
    const q = el('input', {type: 'search', id: 'tr-q', value: params.get('q') || '', placeholder: 'all articles'});
    const by = el('select', {id: 'tr-by'}, BY.map(([v, label]) => el('option', {value: v,
      selected: (params.get('by') || 'type') === v}, label)));
    const interval = el('select', {id: 'tr-interval'}, ['auto', 'day', 'week', 'month', 'year'].map((v) =>
      el('option', {value: v, selected: (params.get('interval') || 'auto') === v}, v)));
    const from = el('input', {type: 'date', id: 'tr-from', value: params.get('from') || ''});
    const to = el('input', {type: 'date', id: 'tr-to', value: params.get('to') || ''});
    const field = (label, input) => el('label', {class: 'field', for: input.id}, el('span', {}, label), input);
    const form = el('form', {class: 'filters trend-form'}, field('Search', q), field('Count', by),
      field('Per', interval), field('From', from), field('To (exclusive)', to), el('button', {type: 'submit'}, 'Show'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      location.hash = '#/trends?' + query({q: q.value.trim(), by: by.value,
        interval: interval.value === 'auto' ? '' : interval.value, from: from.value, to: to.value});
    });
    const box = el('div', {class: 'trend-box', id: 'trend'});
    main.append(el('h1', {}, 'Trends'), form, box);
    box.appendChild(el('p', {class: 'muted'}, 'Counting…'));
    const asked = {q: params.get('q') || '', by: params.get('by') || 'type', from: params.get('from') || '',
      to: params.get('to') || '', limit: 8};
    let t;
    if (params.get('interval')) {
      t = await api('/api/trends?' + query(Object.assign({interval: params.get('interval')}, asked)));
    } else {
      // auto: by month, then finer when the counts span only a few months
      t = await api('/api/trends?' + query(Object.assign({interval: 'month'}, asked)));
      const span = extent(t);
      if (span && span[1] - span[0] <= 120 * DAY) {
        t = await api('/api/trends?' + query(Object.assign({interval: span[1] - span[0] <= 31 * DAY ? 'day' : 'week'},
          asked)));
      }
    }
    clear(box);
    drawTrend(box, t);
    let last = box.clientWidth;
    window.addEventListener('resize', function again() {
      if (!document.body.contains(box)) {
        window.removeEventListener('resize', again);
        return;
      }
      if (Math.abs(box.clientWidth - last) > 20) {
        last = box.clientWidth;
        clear(box);
        drawTrend(box, t);
      }
    });
    rendered(main, 'trends');
  }

  /** The first and last period start of a trend, as UTC times; null when it has no counts. */
  function extent(t) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of t.series) {
      for (const p of s.points) {
        const d = Date.parse(p.start + 'T00:00:00Z');
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    return lo === Infinity ? null : [lo, hi];
  }

  /** The start of the period after the one starting at {d} (UTC ms). */
  function next(d, interval) {
    const x = new Date(d);
    if (interval === 'day') return d + DAY;
    if (interval === 'week') return d + 7 * DAY;
    if (interval === 'month') return Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 1);
    return Date.UTC(x.getUTCFullYear() + 1, 0, 1);
  }

  function drawTrend(box, t) {
    const summary = el('p', {class: 'count', id: 'trend-count'}, t.total + ' ' +
      (t.by === 'source' || t.by === 'stance' ? 'claims' : 'events') + ' counted per ' + t.interval +
      (t.undated ? '; ' + t.undated + ' in undated articles left out' : '') +
      (t.truncated ? '; the search found more articles than are counted' : ''));
    box.appendChild(summary);
    const span = extent(t);
    if (!span) {
      box.appendChild(el('p', {class: 'muted', id: 'trend-empty'}, 'Nothing to count.'));
      return;
    }
    const periods = [];
    for (let d = span[0]; d <= span[1]; d = next(d, t.interval)) periods.push(d);
    const index = new Map(periods.map((d, i) => [d, i]));
    const values = t.series.map((s) => {
      const v = new Array(periods.length).fill(0);
      for (const p of s.points) v[index.get(Date.parse(p.start + 'T00:00:00Z'))] = p.count;
      return v;
    });
    const max = Math.max(1, ...values.map((v) => Math.max(...v)));
    const W = Math.max(320, box.clientWidth || 720);
    const H = 280;
    const M = {left: 48, right: 30, top: 12, bottom: 44};
    const pw = W - M.left - M.right;
    const ph = H - M.top - M.bottom;
    // the axis runs from the first period to the last; each count is drawn at the start of its period
    const end = span[1] > span[0] ? span[1] : next(span[0], t.interval);
    const x = (d) => M.left + (d - span[0]) / (end - span[0]) * pw;
    const y = (v) => M.top + ph - v / yTop(max) * ph;
    const chart = svg('svg', {class: 'trend-chart', id: 'trend-chart', width: W, height: H,
      viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Counts per ' + t.interval + ' from ' +
        iso(span[0]) + ' to ' + iso(span[1]) + ' of ' + t.series.map((s) => s.name).join(', ')});
    // y axis: 0 to a round number, four or five lines
    const step = niceStep(yTop(max) / 4);
    const yAxis = svg('g', {class: 'y-axis'});
    for (let v = 0; v <= yTop(max) + 1e-9; v += step) {
      yAxis.appendChild(svg('line', {x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: 'grid'}));
      yAxis.appendChild(svg('text', {x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'y-tick'},
        String(v)));
    }
    chart.appendChild(yAxis);
    // x axis: ticks at the starts of years, months or days, as many as fit LABEL_PX apart
    const xAxis = svg('g', {class: 'x-axis'});
    xAxis.appendChild(svg('line', {x1: M.left, x2: W - M.right, y1: M.top + ph, y2: M.top + ph, class: 'axis'}));
    for (const tick of ticks(span[0], end + 1, pw)) {
      const px = x(tick.at);
      xAxis.appendChild(svg('line', {x1: px, x2: px, y1: M.top + ph, y2: M.top + ph + 5, class: 'axis'}));
      xAxis.appendChild(svg('text', {x: px, y: M.top + ph + 20, 'text-anchor': 'middle', class: 'x-tick'},
        tick.label));
    }
    chart.appendChild(xAxis);
    // one line per series; a period's counts on hover (title)
    values.forEach((v, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const points = v.map((c, j) => x(periods[j]).toFixed(1) + ',' + y(c).toFixed(1)).join(' ');
      chart.appendChild(svg('polyline', {points, fill: 'none', stroke: colour, 'stroke-width': 1.75,
        'stroke-dasharray': i >= COLOURS.length ? '5 3' : 'none', class: 'series', 'data-key': t.series[i].key}));
    });
    const hover = svg('g', {class: 'hover'});
    periods.forEach((d, j) => {
      const lines = t.series.map((s, i) => s.name + ': ' + values[i][j]).join('\n');
      const left = Math.max(M.left, j ? (x(periods[j - 1]) + x(d)) / 2 : M.left);
      const right = Math.min(M.left + pw, j + 1 < periods.length ? (x(d) + x(periods[j + 1])) / 2 : M.left + pw);
      hover.appendChild(svg('rect', {x: left, y: M.top, width: Math.max(1, right - left), height: ph,
        fill: 'transparent'}, svg('title', {}, label(d, t.interval) + '\n' + lines)));
    });
    chart.appendChild(hover);
    box.appendChild(el('div', {class: 'trend-wrap'}, chart));
    box.appendChild(el('ul', {class: 'trend-legend', id: 'trend-legend'}, t.series.map((s, i) =>
      el('li', {}, el('span', {class: 'swatch', 'data-colour': i % COLOURS.length}), ' ',
        s.key.includes(':') ? el('a', {href: '#/entity/' + encodeURIComponent(s.key)}, s.name) : s.name,
        el('span', {class: 'muted'}, ' ' + s.total)))));
  }

  /** The top of the y axis: the largest count rounded up to its step. */
  function yTop(max) {
    const s = niceStep(max / 4);
    return Math.ceil(max / s) * s;
  }

  /** 1, 2 or 5 times a power of ten, at least {raw} (and at least 1: counts are whole). */
  function niceStep(raw) {
    if (raw <= 1) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
    return 10 * p;
  }

  /**
   * Axis ticks from {lo} to {hi} (UTC ms) over {width} pixels: the finest of days, weeks, months (1, 2, 3, 6) and
   * years (1, 2, 5, 10, …) whose ticks stay LABEL_PX (YEAR_PX for years) apart, so that labels never overlap.
   */
  function ticks(lo, hi, width) {
    const fits = (n, px) => n <= 1 || width / n >= (px || LABEL_PX);
    const years = (y0, y1) => y1 - y0 + 1;
    const a = new Date(lo);
    const b = new Date(hi);
    const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
    for (const days of [1, 7]) {
      if (fits((hi - lo) / (days * DAY))) {
        const out = [];
        for (let d = lo; d < hi; d += days * DAY) out.push({at: d, label: dayLabel(d, out.length === 0)});
        return out;
      }
    }
    for (const every of [1, 2, 3, 6]) {
      if (fits(months / every)) {
        const out = [];
        let y = a.getUTCFullYear();
        let m = a.getUTCMonth();
        for (;;) {
          const d = Date.UTC(y, m, 1);
          if (d >= hi) break;
          if (d >= lo && m % every === 0) {
            out.push({at: d, label: m === 0 || !out.length ? MONTHS[m] + ' ' + y : MONTHS[m]});
          }
          m++;
          if (m === 12) {
            m = 0;
            y++;
          }
        }
        return out;
      }
    }
    for (let every = 1; ; every *= (String(every)[0] === '2' ? 2.5 : 2)) {
      if (fits(years(a.getUTCFullYear(), b.getUTCFullYear()) / every, YEAR_PX)) {
        const out = [];
        for (let y = Math.ceil(a.getUTCFullYear() / every) * every; Date.UTC(y, 0, 1) < hi; y += every) {
          if (Date.UTC(y, 0, 1) >= lo) out.push({at: Date.UTC(y, 0, 1), label: String(y)});
        }
        return out;
      }
    }
  }

  function dayLabel(d, first) {
    const x = new Date(d);
    return x.getUTCDate() + ' ' + MONTHS[x.getUTCMonth()] + (first || (x.getUTCMonth() === 0 && x.getUTCDate() <= 7)
      ? ' ' + x.getUTCFullYear() : '');
  }

  function label(d, interval) {
    const x = new Date(d);
    if (interval === 'year') return String(x.getUTCFullYear());
    if (interval === 'month') return MONTHS[x.getUTCMonth()] + ' ' + x.getUTCFullYear();
    return (interval === 'week' ? 'week of ' : '') + iso(d);
  }

  const iso = (d) => new Date(d).toISOString().slice(0, 10);

  window.newsgraphWatch = {watchlists, trends};
})();
