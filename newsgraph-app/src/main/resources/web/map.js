// newsgraph's news map: country shapes from Natural Earth (world-110m.json, TopoJSON from the world-atlas package,
// public domain data), drawn as SVG with no tile server and no network beyond this server; the events of a search,
// some articles (a story's) or an entity, plotted by place: marker size by reports, colour by the modality most of
// them have. Zoom to a region; a click on a marker lists the events there. Everything from the API is inserted as
// text, never as HTML. Exposes window.newsgraphMap(container, filter) → Promise of the number of places drawn.
'use strict';

(function () {
  const NS = 'http://www.w3.org/2000/svg';
  const W = 720;
  const H = 360;
  const MODALITIES = [['asserted', 'asserted', '#1f6fb2'], ['claimed', 'claimed', '#d68910'],
    ['denied', 'denied', '#c0392b'], ['negated', 'negated', '#7f8c8d'], ['planned', 'planned', '#1e8449'],
    ['hypothetical', 'hypothetical', '#8e44ad']];
  const REGIONS = [['world', 'World', [-180, 85, 180, -60]], ['europe', 'Europe', [-25, 72, 45, 34]],
    ['mideast', 'Middle East', [25, 43, 63, 12]], ['africa', 'Africa', [-20, 38, 55, -36]],
    ['asia', 'Asia', [45, 60, 150, -10]], ['namerica', 'North America', [-170, 72, -50, 7]],
    ['samerica', 'South America', [-90, 14, -30, -57]], ['oceania', 'Oceania', [110, 0, 180, -50]]];

  let world = null; // the decoded country outlines, loaded once

  function node(tag, attrs, ...children) {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
    for (const c of children) n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return n;
  }

  function html(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) n.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      n.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return n;
  }

  // Equirectangular: longitude and latitude straight to x and y.
  const px = (lon) => (lon + 180) / 360 * W;
  const py = (lat) => (90 - lat) / 180 * H;

  /** TopoJSON to SVG path data: arcs are quantized and delta-encoded; ~i in a ring means arc i reversed. */
  function decode(topo) {
    const [sx, sy] = topo.transform.scale;
    const [tx, ty] = topo.transform.translate;
    const arcs = topo.arcs.map((arc) => {
      let x = 0;
      let y = 0;
      return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
    });
    const ring = (indices) => {
      const pts = [];
      for (const i of indices) {
        const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        for (let k = pts.length ? 1 : 0; k < a.length; k++) pts.push(a[k]);
      }
      // a ring that runs along the antimeridian jumps from one edge to the other: start a new piece there
      let d = '';
      for (let k = 0; k < pts.length; k++) {
        const jump = k > 0 && Math.abs(pts[k][0] - pts[k - 1][0]) > 180;
        d += (k === 0 || jump ? 'M' : 'L') + px(pts[k][0]).toFixed(1) + ' ' + py(pts[k][1]).toFixed(1);
      }
      return d + 'Z';
    };
    return topo.objects.countries.geometries.map((g) => {
      const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      return {name: (g.properties && g.properties.name) || '', d: polygons.map((p) => p.map(ring).join('')).join('')};
    });
  }

  async function loadWorld() {
    if (!world) {
      const r = await fetch('world-110m.json');
      if (!r.ok) throw new Error('the map outlines did not load (HTTP ' + r.status + ')');
      world = decode(await r.json());
    }
    return world;
  }

  /** The modality most of a place's events have (ties: the order of MODALITIES). */
  function dominant(m) {
    let best = MODALITIES[0];
    for (const x of MODALITIES) if ((m[x[0]] || 0) > (m[best[0]] || 0)) best = x;
    return best;
  }

  function viewBox(box) {
    const [w, n, e, s] = box;
    let x0 = px(w);
    let x1 = px(e);
    let y0 = py(n);
    let y1 = py(s);
    // keep the map's aspect ratio: widen the shorter side around the middle
    const want = W / H;
    if ((x1 - x0) / (y1 - y0) < want) {
      const mid = (x0 + x1) / 2;
      const half = (y1 - y0) * want / 2;
      x0 = mid - half;
      x1 = mid + half;
    } else {
      const mid = (y0 + y1) / 2;
      const half = (x1 - x0) / want / 2;
      y0 = mid - half;
      y1 = mid + half;
    }
    return [x0, y0, x1 - x0, y1 - y0];
  }

  /** A box around the places (with a margin), at least a few degrees wide. */
  function fit(places) {
    let w = 180;
    let e = -180;
    let n = -90;
    let s = 90;
    for (const p of places) {
      w = Math.min(w, p.lon);
      e = Math.max(e, p.lon);
      n = Math.max(n, p.lat);
      s = Math.min(s, p.lat);
    }
    const padX = Math.max(4, (e - w) * 0.15);
    const padY = Math.max(3, (n - s) * 0.15);
    return [Math.max(-180, w - padX), Math.min(85, n + padY), Math.min(180, e + padX), Math.max(-85, s - padY)];
  }

  /**
   * Draws the map of {filter} ({q}, {articles}, {entity}, and {focus: {lat, lon, name}} to mark and zoom to a
   * place) into {container}.
   */
  async function newsgraphMap(container, filter) {
    const params = new URLSearchParams();
    for (const k of ['q', 'articles', 'entity']) if (filter[k]) params.set(k, filter[k]);
    params.set('limit', '300');
    const [outlines, answer] = await Promise.all([loadWorld(),
      fetch('/api/map?' + params.toString(), {headers: {'Accept': 'application/json'}}).then((r) => {
        if (!r.ok) throw new Error('the map could not be drawn (HTTP ' + r.status + ')');
        return r.json();
      })]);
    const places = answer.places;
    while (container.firstChild) container.removeChild(container.firstChild);
    const svg = node('svg', {class: 'news-map', role: 'group', 'aria-label': 'Map of ' + places.length +
      ' places with events', preserveAspectRatio: 'xMidYMid meet'});
    svg.appendChild(node('rect', {class: 'sea', x: -W, y: -H, width: 3 * W, height: 3 * H}));
    const land = node('g', {class: 'countries'});
    for (const c of outlines) land.appendChild(node('path', {d: c.d}, node('title', {}, c.name)));
    svg.appendChild(land);
    const markers = node('g', {class: 'markers'});
    svg.appendChild(markers);
    const panel = html('div', {class: 'map-events', id: 'map-events', 'aria-live': 'polite'},
      html('p', {class: 'muted'}, places.length ? 'Select a marker to list the events there.'
        : 'No event of these articles has a place yet.'));
    const focus = filter.focus && filter.focus.lat !== null && filter.focus.lat !== undefined ? filter.focus : null;
    const around = focus ? [focus.lon - 25, focus.lat + 15, focus.lon + 25, focus.lat - 15] : null;
    const select = html('select', {'aria-label': 'Zoom to a region', class: 'map-region'},
      focus ? html('option', {value: 'focus'}, 'Around ' + (focus.name || 'the place')) : null,
      places.length ? html('option', {value: 'fit'}, 'Fit the events') : null,
      REGIONS.map(([id, label]) => html('option', {value: id}, label)));
    let zoom = 1;
    const setBox = (box) => {
      const vb = viewBox(box);
      zoom = W / vb[2];
      svg.setAttribute('viewBox', vb.map((v) => v.toFixed(2)).join(' '));
      svg.setAttribute('data-view', svg.getAttribute('viewBox'));
      svg.setAttribute('data-zoom', zoom.toFixed(2));
      draw();
    };
    const draw = () => {
      while (markers.firstChild) markers.removeChild(markers.firstChild);
      // largest first, so that small markers stay clickable on top
      const sorted = places.slice().sort((a, b) => b.reports - a.reports);
      for (const p of sorted) {
        const [key, label, colour] = dominant(p.modalities);
        const r = (3 + 2.5 * Math.sqrt(p.reports)) / zoom;
        const what = p.name + ': ' + p.events + (p.events === 1 ? ' event' : ' events') + ' in ' + p.reports +
          (p.reports === 1 ? ' report' : ' reports') + ', mostly ' + label;
        const m = node('circle', {class: 'marker modality-' + key, cx: px(p.lon).toFixed(2),
          cy: py(p.lat).toFixed(2), r: r.toFixed(3), fill: colour, 'stroke-width': (1 / zoom).toFixed(3),
          tabindex: 0, role: 'button', 'aria-label': what, 'data-place': p.place_id}, node('title', {}, what));
        const open = () => show(p);
        m.addEventListener('click', open);
        m.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            open();
          }
        });
        markers.appendChild(m);
      }
      if (filter.focus && filter.focus.lat !== null && filter.focus.lat !== undefined) {
        const f = filter.focus;
        const s = 6 / zoom;
        markers.appendChild(node('path', {class: 'focus', d: 'M' + (px(f.lon) - s) + ' ' + py(f.lat) + 'h' + 2 * s +
          'M' + px(f.lon) + ' ' + (py(f.lat) - s) + 'v' + 2 * s, 'stroke-width': (2 / zoom).toFixed(3)},
        node('title', {}, f.name || '')));
      }
    };
    const show = (p) => {
      while (panel.firstChild) panel.removeChild(panel.firstChild);
      for (const m of markers.querySelectorAll('.marker')) m.classList.toggle('selected', m.getAttribute('data-place') === p.place_id);
      panel.appendChild(html('h3', {id: 'map-place'}, p.name + (p.country ? ' (' + p.country + ')' : '')));
      panel.appendChild(html('p', {class: 'muted'}, p.events + (p.events === 1 ? ' event' : ' events') + ' in ' +
        p.reports + (p.reports === 1 ? ' report' : ' reports') +
        (p.examples.length < p.events ? '; the latest ' + p.examples.length + ':' : ':')));
      panel.appendChild(html('ul', {class: 'map-event-list'}, p.examples.map((e) => html('li', {},
        html('span', {class: 'badge'}, e.type.toLowerCase()), ' ',
        html('span', {class: 'badge modality-' + e.modality}, e.modality), ' ',
        e.date ? html('time', {datetime: e.date}, e.date) : null, ' ',
        html('a', {href: '#/article/' + encodeURIComponent(e.article_id)}, e.headline || '(no headline)'),
        e.from === 'dateline' ? html('span', {class: 'muted'}, ' (placed by the dateline)') : null))));
    };
    select.addEventListener('change', () => {
      const v = select.value;
      setBox(v === 'focus' ? around : v === 'fit' ? fit(places) : REGIONS.find((r) => r[0] === v)[2]);
    });
    const legend = html('ul', {class: 'map-legend', 'aria-label': 'Marker colours'},
      MODALITIES.map(([key, label, colour]) => html('li', {}, html('span', {class: 'swatch'}), label)));
    // colours as attributes, not inline styles (the page's policy allows no inline style)
    legend.querySelectorAll('.swatch').forEach((s, i) => s.classList.add('modality-' + MODALITIES[i][0]));
    container.appendChild(html('div', {class: 'map-tools'}, html('label', {}, 'Zoom to ', select),
      html('span', {class: 'muted'}, 'Marker size: reports; colour: how most of its events are reported.')));
    container.appendChild(svg);
    container.appendChild(legend);
    container.appendChild(panel);
    if (focus) {
      select.value = 'focus';
      setBox(around);
    } else if (places.length) {
      select.value = 'fit';
      setBox(fit(places));
    } else {
      setBox(REGIONS[0][2]);
    }
    container.setAttribute('data-map-places', String(places.length));
    return places.length;
  }

  window.newsgraphMap = newsgraphMap;
})();
