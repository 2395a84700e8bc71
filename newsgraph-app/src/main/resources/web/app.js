// newsgraph web page: search, the annotated article, entity timelines, the claims board, analyze.
// Article text is untrusted: everything from the API is inserted as text nodes or attribute values, never as HTML.
'use strict';

(function () {
  const main = document.getElementById('main');

  const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
    'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const STANCES = ['asserted', 'confirmed', 'believed', 'hedged', 'denied', 'unconfirmed'];
  const COLUMNS = [['asserts', 'Asserts'], ['suggests', 'Believes or hedges'], ['denies', 'Denies'],
    ['unconfirmed', 'Has not confirmed']];

  // ---- DOM helpers: text only -------------------------------------------------------------------------------

  /** el('a', {href: '#/x', class: 'y'}, 'text', otherNode): children are strings (as text) or nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      node.setAttribute(k, v === true ? '' : String(v));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    }
    append(node, children);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** A snippet whose matches the API wraps in « »: the marked words become <mark>, all as text. */
  function marked(snippet) {
    const frag = document.createDocumentFragment();
    const parts = String(snippet || '').split('«');
    frag.appendChild(document.createTextNode(parts[0]));
    for (const p of parts.slice(1)) {
      const close = p.indexOf('»');
      if (close < 0) {
        frag.appendChild(document.createTextNode(p));
        continue;
      }
      frag.appendChild(el('mark', {}, p.slice(0, close)));
      frag.appendChild(document.createTextNode(p.slice(close + 1)));
    }
    return frag;
  }

  const DAY = 86400000;
  const entityHref = (id) => '#/entity/' + encodeURIComponent(id);
  const articleHref = (id) => '#/article/' + encodeURIComponent(id);
  const storyHref = (id) => '#/story/' + encodeURIComponent(id);

  function entityLink(ref, fallbackText) {
    if (!ref || !ref.id) return document.createTextNode(fallbackText || '');
    return el('a', {href: entityHref(ref.id), class: 'ent ent-' + (ref.type || 'MISC').toLowerCase()},
      ref.name || fallbackText || ref.id);
  }

  const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

  function badge(text, cls) {
    return el('span', {class: 'badge ' + (cls || '')}, text);
  }

  // ---- API ------------------------------------------------------------------------------------------------

  async function api(path, options) {
    const r = await fetch(path, Object.assign({headers: {'Accept': 'application/json'}}, options || {}));
    let body = null;
    try {
      body = await r.json();
    } catch (e) {
      body = null;
    }
    if (!r.ok) {
      const msg = body && body.error ? body.error.message : 'HTTP ' + r.status;
      const err = new Error(msg);
      err.status = r.status;
      throw err;
    }
    return body;
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== '') q.set(k, v);
    }
    return q.toString();
  }

  function showError(e) {
    clear(main);
    main.appendChild(el('div', {class: 'error', role: 'alert'}, el('h1', {}, 'Something went wrong'),
      el('p', {}, e && e.message ? e.message : String(e))));
    rendered('error');
  }

  /** Marks the moment a page's content is on screen (read by the render-time benchmark and the tests). */
  function rendered(page) {
    main.setAttribute('data-rendered', page);
    if (window.performance && performance.mark) performance.mark('newsgraph-rendered-' + page);
  }

  function title(text) {
    document.title = text ? text + ' — newsgraph' : 'newsgraph';
  }

  /** The news map (map.js) into {box}; a map that cannot be drawn says why and leaves the page working. */
  async function mapInto(box, filter) {
    if (!window.newsgraphMap) return;
    try {
      await window.newsgraphMap(box, filter);
    } catch (e) {
      clear(box);
      box.appendChild(el('p', {class: 'error', role: 'alert'}, e.message));
    }
  }

  // ---- Search ---------------------------------------------------------------------------------------------

  async function searchPage(params) {
    title('Search');
    clear(main);
    const field = (label, input) => el('label', {class: 'field'}, el('span', {}, label), input);
    const q = el('input', {type: 'search', name: 'q', id: 'q', value: params.get('q') || '', required: true,
      placeholder: 'words, "a phrase", AND / OR / NOT', 'aria-label': 'Search words'});
    const from = el('input', {type: 'date', name: 'from', value: params.get('from') || ''});
    const to = el('input', {type: 'date', name: 'to', value: params.get('to') || ''});
    const entity = el('input', {type: 'text', name: 'entity', value: params.get('entity') || '',
      placeholder: 'North Korea or country:PRK'});
    const type = el('select', {name: 'type'}, el('option', {value: ''}, 'any'),
      PLOVER.map((t) => el('option', {value: t, selected: params.get('type') === t}, t.toLowerCase())));
    const stance = el('select', {name: 'stance'}, el('option', {value: ''}, 'any'),
      STANCES.map((s) => el('option', {value: s, selected: params.get('stance') === s}, s)));
    const outlets = el('datalist', {id: 'outlet-list'});
    const outlet = el('input', {type: 'text', name: 'outlet', value: params.get('outlet') || '', list: 'outlet-list',
      placeholder: 'any outlet'});
    // the outlets the store knows, as suggestions; the search works without them
    api('/api/outlets?limit=200').then((r) => append(outlets, r.outlets.map((o) =>
      el('option', {value: o.name}, o.name + ' (' + plural(o.articles, 'article') + ')')))).catch(() => {});
    const form = el('form', {role: 'search', class: 'search'},
      el('div', {class: 'searchline'}, q, el('button', {type: 'submit'}, 'Search')),
      el('fieldset', {class: 'filters'}, el('legend', {}, 'Filters'),
        field('Dates referred to, from', from), field('to (exclusive)', to), field('Entity', entity),
        field('Event type', type), field('Claim stance', stance), field('Outlet', outlet), outlets));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      location.hash = '#/search?' + query({q: q.value.trim(), from: from.value, to: to.value,
        entity: entity.value.trim(), type: type.value, stance: stance.value, outlet: outlet.value.trim()});
    });
    const results = el('section', {class: 'results', 'aria-label': 'Results'});
    main.append(el('h1', {class: 'visually-hidden'}, 'Search the news'), form, results);
    if (!params.get('q')) {
      q.focus();
      return recentArticles(results);
    }
    results.appendChild(el('p', {class: 'muted'}, 'Searching…'));
    const r = await api('/api/search?' + query({q: params.get('q'), from: params.get('from'),
      to: params.get('to'), entity: params.get('entity'), type: params.get('type'),
      stance: params.get('stance'), outlet: params.get('outlet'), limit: 50}));
    clear(results);
    const n = r.total;
    results.appendChild(el('p', {class: 'count', id: 'result-count'},
      (r.total_is_lower_bound ? 'at least ' : '') + n + (n === 1 ? ' article matches' : ' articles match') +
      (r.hits.length < n ? ' (showing ' + r.hits.length + ')' : '')));
    results.appendChild(hitsByStory(r.hits));
    if (r.hits.length) {
      const box = el('div', {class: 'map-box', id: 'search-map'});
      results.appendChild(el('section', {'aria-labelledby': 'search-map-h'},
        el('h2', {id: 'search-map-h'}, 'Where these events happened'), box));
      await mapInto(box, {q: params.get('q')});
    }
    rendered('search');
  }

  function hitItem(h) {
    return el('li', {class: 'hit'},
      el('h2', {}, el('a', {href: articleHref(h.article_id)}, h.headline || '(no headline)')),
      h.date ? el('time', {datetime: h.date, class: 'muted'}, h.date) : null,
      reach(h.publications, h.outlets),
      el('p', {class: 'snippet'}, marked(h.snippet)));
  }

  /**
   * The hits in their order, except that the hits of one story are one entry (at its best hit's place), with a link
   * to the story; a hit alone in its story stays a plain hit.
   */
  function hitsByStory(hits) {
    const byStory = new Map();
    for (const h of hits) {
      if (!h.story_id) continue;
      if (!byStory.has(h.story_id)) byStory.set(h.story_id, []);
      byStory.get(h.story_id).push(h);
    }
    const list = el('ol', {class: 'hits'});
    const done = new Set();
    for (const h of hits) {
      const group = h.story_id ? byStory.get(h.story_id) : null;
      if (!group || group.length < 2) {
        list.appendChild(hitItem(h));
        continue;
      }
      if (done.has(h.story_id)) continue;
      done.add(h.story_id);
      const outlets = [...new Set(group.flatMap((x) => x.outlets || []))];
      list.appendChild(el('li', {class: 'hit story-hits', 'data-story': h.story_id},
        el('p', {class: 'story-hits-head'}, badge('story', 'story-badge'), ' ',
          el('a', {href: storyHref(h.story_id)}, plural(group.length, 'matching article') + ' of one story'),
          outlets.length ? el('span', {class: 'muted small'}, ' · ' + outlets.join(', ')) : null),
        el('ol', {class: 'hits'}, group.map(hitItem))));
    }
    return list;
  }

  /** "Reported by 3 outlets: A, B, C" when the story was published more than once; nothing otherwise. */
  function reach(publications, outlets) {
    const names = outlets || [];
    if ((publications || 1) < 2 && names.length < 2) return null;
    const text = names.length > 1
      ? 'reported by ' + names.length + ' outlets: ' + names.join(', ')
      : 'published ' + publications + ' times' + (names.length ? ' (' + names[0] + ')' : '');
    return el('span', {class: 'reach badge'}, text);
  }

  /** The latest articles: a heading with the total and their list, as one box that can be redrawn in place. */
  function latestBox(r) {
    const list = el('ol', {class: 'hits'});
    for (const a of r.articles) {
      const d = a.published || a.updated;
      list.appendChild(el('li', {class: 'hit'},
        el('h3', {}, el('a', {href: articleHref(a.id)}, a.headline || '(no headline)')),
        el('p', {class: 'muted'}, [a.dateline, d || 'undated'].filter(Boolean).join(' · '))));
    }
    return el('div', {id: 'latest', 'data-total': String(r.total)},
      el('h2', {}, 'Latest of ' + r.total + ' stored articles'), list);
  }

  // While the latest articles are shown, new ones (a server watching feeds stores them as they come) join the list.
  const LATEST_REFRESH_MS = 5000;
  let latestTimer = null;

  function keepLatestFresh(box) {
    clearInterval(latestTimer);
    let current = box;
    latestTimer = setInterval(async () => {
      if (!document.body.contains(current)) {
        clearInterval(latestTimer);
        return;
      }
      if (document.hidden) return;
      try {
        const r = await api('/api/articles?limit=20');
        if (String(r.total) !== current.getAttribute('data-total') && document.body.contains(current)) {
          const fresh = latestBox(r);
          current.replaceWith(fresh);
          current = fresh;
        }
      } catch (e) {
        // the server is away for a moment: the list stays as it is and the next tick asks again
      }
    }, LATEST_REFRESH_MS);
  }

  async function recentArticles(results) {
    const r = await api('/api/articles?limit=20');
    const box = latestBox(r);
    results.appendChild(box);
    keepLatestFresh(box);
    if (r.articles.length) {
      const mapBox = el('div', {class: 'map-box', id: 'search-map'});
      results.appendChild(el('section', {'aria-labelledby': 'search-map-h'},
        el('h2', {id: 'search-map-h'}, 'Where the stored news happened'), mapBox));
      await mapInto(mapBox, {});
    }
    rendered('search');
  }

  // ---- Article --------------------------------------------------------------------------------------------

  function describeTime(t) {
    const parts = [t.type + ' ' + (t.value || '?')];
    if (t.mod) parts.push(t.mod.toLowerCase());
    if (t.interval) {
      parts.push('resolved ' + (t.interval.begin || '…') + ' to ' + (t.interval.end || '…') + ' (end exclusive)');
    } else {
      parts.push('not resolved to dates');
    }
    return parts.join(', ');
  }

  /**
   * The body, paragraph by paragraph: mentions and time expressions are atoms (links, <time>); the parts of a claim
   * (source, cue, content) are layers wrapped around the pieces they cover.
   */
  function annotatedBody(a) {
    const text = a.text;
    const atoms = [];
    for (const e of a.entities) {
      for (const m of e.mentions) {
        atoms.push({begin: m.begin, end: m.end, kind: 'entity', entity: e, role: m.role});
      }
    }
    for (const t of a.times) atoms.push({begin: t.begin, end: t.end, kind: 'time', time: t});
    atoms.sort((x, y) => x.begin - y.begin || (y.end - y.begin) - (x.end - x.begin));
    const kept = [];
    let reach = -1;
    for (const x of atoms) {
      if (x.begin >= reach) {
        kept.push(x);
        reach = x.end;
      }
    }
    const layers = [];
    for (const c of a.claims || []) {
      if (c.source) layers.push({begin: c.source.begin, end: c.source.end, role: 'source', claim: c});
      if (c.cue) layers.push({begin: c.cue.begin, end: c.cue.end, role: 'cue', claim: c});
      for (const s of (c.content && c.content.spans) || []) {
        layers.push({begin: s.begin, end: s.end, role: 'content', claim: c});
      }
    }
    const layerAt = (pos) => layers.find((l) => pos >= l.begin && pos < l.end) || null;
    const cuts = new Set();
    for (const l of layers) {
      cuts.add(l.begin);
      cuts.add(l.end);
    }

    const body = el('div', {class: 'body'});
    const paragraphs = a.paragraphs && a.paragraphs.length ? a.paragraphs : [[0, text.length]];
    for (const [pb, pe] of paragraphs) {
      const p = el('p', {});
      // pieces: atoms whole, plain text cut at layer boundaries
      const pieces = [];
      let pos = pb;
      const plain = (b, e) => {
        const inner = [...cuts].filter((c) => c > b && c < e).sort((x, y) => x - y);
        let s = b;
        for (const c of inner.concat([e])) {
          if (c > s) pieces.push({begin: s, end: c});
          s = c;
        }
      };
      for (const x of kept) {
        if (x.end <= pb || x.begin >= pe) continue;
        if (x.begin > pos) plain(pos, x.begin);
        pieces.push(Object.assign({}, x, {begin: Math.max(x.begin, pb), end: Math.min(x.end, pe)}));
        pos = Math.min(x.end, pe);
      }
      if (pos < pe) plain(pos, pe);
      let wrap = null;
      let wrapLayer = null;
      for (const piece of pieces) {
        const layer = layerAt(piece.begin);
        if (layer !== wrapLayer || !layer) {
          wrapLayer = layer;
          wrap = layer ? el('span', {class: 'claim-' + layer.role, 'data-claim': layer.claim.id,
            title: 'claim ' + layer.claim.id + ': ' + layer.role + ' (' + layer.claim.stance + ')'}) : null;
          if (wrap) p.appendChild(wrap);
        }
        (wrap || p).appendChild(renderPiece(piece, text));
      }
      body.appendChild(p);
    }
    return body;
  }

  function renderPiece(piece, text) {
    const words = text.slice(piece.begin, piece.end);
    if (piece.kind === 'entity') {
      const e = piece.entity;
      return el('a', {href: entityHref(e.id), class: 'ent ent-' + e.type.toLowerCase(), 'data-entity': e.id,
        title: e.name + ' (' + e.type.toLowerCase() + (piece.role && piece.role !== 'name' ? ', ' + piece.role : '') +
          ')'}, words);
    }
    if (piece.kind === 'time') {
      const t = piece.time;
      const tip = describeTime(t);
      return el('time', {class: 'timex' + (t.interval ? '' : ' unresolved'), tabindex: 0,
        datetime: t.interval && t.interval.begin ? t.interval.begin : null, 'data-tip': tip,
        'aria-label': words + ': ' + tip}, words);
    }
    return document.createTextNode(words);
  }

  function legend() {
    return el('p', {class: 'legend', 'aria-label': 'Legend'},
      ['country', 'place', 'person', 'organization', 'group'].map((t) =>
        el('span', {class: 'ent ent-' + (t === 'place' ? 'region' : t)}, t)),
      el('span', {class: 'timex'}, 'time'), el('span', {class: 'claim-source'}, 'source'),
      el('span', {class: 'claim-cue'}, 'cue'), el('span', {class: 'claim-content'}, 'claim content'));
  }

  /** " [group: KOR, UKR]" after an unnamed group source with its countries (as the claims command prints it). */
  function groupTag(countries) {
    if (!countries || !countries.length) return null;
    return el('span', {class: 'muted small group-countries', title: countries.join(', ')},
      ' [group: ' + countries.map((id) => id.slice(id.indexOf(':') + 1)).join(', ') + ']');
  }

  /** Whether a claim's confidence is known and below LOW_CONFIDENCE (faded, and hidden on request). */
  const lowClaim = (c) => c.confidence != null && c.confidence < LOW_CONFIDENCE;

  function claimsList(a) {
    const byId = Object.fromEntries(a.entities.map((e) => [e.id, e]));
    const list = el('ol', {class: 'claims'});
    for (const c of a.claims || []) {
      const srcEntity = c.source && c.source.entity_id ? byId[c.source.entity_id] : null;
      const src = srcEntity ? entityLink({id: srcEntity.id, name: srcEntity.name, type: srcEntity.type})
        : el('span', {class: 'claim-source'}, c.source ? c.source.label : 'unattributed');
      list.appendChild(el('li', {id: 'claim-' + c.id, class: lowClaim(c) ? 'low-confidence' : null,
        title: c.confidence != null ? 'confidence ' + c.confidence.toFixed(2) : null},
        src, c.source && !c.source.entity_id ? groupTag(c.source.countries) : null, ' ', el('span', {class: 'claim-cue'}, c.cue ? c.cue.text : ''), ' ',
        badge(c.stance, 'stance-' + c.stance), c.channel ? ' (' + c.channel + ')' : '',
        el('blockquote', {class: 'claim-content'}, c.content && c.content.text ? c.content.text : ''),
        c.said ? el('span', {class: 'muted'}, 'said ' + when(c.said, c.said_until) + (c.said_from_text ? '' : ' (article date)')) : null));
    }
    const low = (a.claims || []).filter(lowClaim).length;
    if (!low) return list;
    const box = el('input', {type: 'checkbox', id: 'hide-low-claims-' + a.id, class: 'hide-low-claims-toggle'});
    box.addEventListener('change', () => list.classList.toggle('hide-low', box.checked));
    return [el('p', {class: 'muted small'}, box, ' ', el('label', {for: 'hide-low-claims-' + a.id},
      'Hide the ' + low + ' less sure claim' + (low === 1 ? '' : 's') + ' (below ' + LOW_CONFIDENCE + ')')), list];
  }

  function argText(x, byId) {
    if (!x) return null;
    if (x.entity_id && byId[x.entity_id]) {
      const e = byId[x.entity_id];
      return el('a', {href: entityHref(e.id), class: 'ent ent-' + e.type.toLowerCase()}, x.text);
    }
    return document.createTextNode(x.text);
  }

  /** [begin, end) in words: a day, a month, a year, or "first day – last day". */
  function when(begin, end) {
    if (!begin) return 'undated';
    if (!end) return 'from ' + begin;
    const b = new Date(begin + 'T00:00:00Z');
    const last = new Date(Date.parse(end + 'T00:00:00Z') - DAY);
    const iso = (d) => d.toISOString().slice(0, 10);
    if (iso(last) === begin) return begin;
    const next = (d, months) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
    if (b.getUTCDate() === 1 && iso(next(b, 1)) === end) return begin.slice(0, 7);
    if (begin.endsWith('-01-01') && iso(next(b, 12)) === end) return begin.slice(0, 4);
    return begin + ' – ' + iso(last);
  }

  function interval(i) {
    return i ? when(i.begin, i.end) : 'undated';
  }

  /** How an event reported through a claim reads: "claimed by", "denied by", "not confirmed by"… */
  function reportedBy(stance) {
    return {asserted: 'claimed by', confirmed: 'confirmed by', believed: 'believed by', hedged: 'suggested by',
      denied: 'denied by', unconfirmed: 'not confirmed by'}[stance] || 'reported by';
  }

  /** Events less sure than this are faded, and can be hidden (of the events given 0.8, about 80% are right). */
  const LOW_CONFIDENCE = 0.5;

  function eventsTable(a) {
    const byId = Object.fromEntries(a.entities.map((e) => [e.id, e]));
    const claims = Object.fromEntries((a.claims || []).map((c) => [c.id, c]));
    const join = (xs) => xs.flatMap((x, i) => (i ? [', ', argText(x, byId)] : [argText(x, byId)]));
    const low = (a.events || []).filter((e) => e.confidence < LOW_CONFIDENCE).length;
    const rows = (a.events || []).map((e) => {
      const c = e.claim_id ? claims[e.claim_id] : null;
      return el('tr', {class: e.confidence < LOW_CONFIDENCE ? 'low-confidence' : null},
        el('td', {}, e.type.toLowerCase() + (e.mode ? ' (' + e.mode + ')' : ''), el('br', {}),
          el('q', {class: 'trigger'}, e.trigger.text)),
        el('td', {}, e.actors.length ? join(e.actors) : el('span', {class: 'muted'}, 'unknown')),
        el('td', {}, join(e.recipients)),
        el('td', {}, argText(e.location, byId)),
        el('td', {}, interval(e.interval), e.time ? el('span', {class: 'muted'}, ' “' + e.time.text + '”') : null),
        el('td', {}, badge(e.modality, 'modality-' + e.modality),
          c ? [' ' + reportedBy(c.stance) + ' ', c.source ? c.source.label : 'unattributed'] : null),
        el('td', {class: 'confidence'}, e.confidence.toFixed(2)));
    });
    const table = el('table', {class: 'events'},
      el('caption', {class: 'visually-hidden'}, 'Events reported in the article'),
      el('thead', {}, el('tr', {}, ['Event', 'Actors', 'Recipients', 'Place', 'When', 'How reported', 'Sure'].map(
        (h) => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, rows));
    let toggle = null;
    if (low) {
      const box = el('input', {type: 'checkbox', id: 'hide-low-' + a.id, class: 'hide-low-toggle'});
      box.addEventListener('change', () => table.classList.toggle('hide-low', box.checked));
      toggle = el('p', {class: 'muted small'}, box, ' ', el('label', {for: 'hide-low-' + a.id},
        'Hide the ' + low + ' less sure event' + (low === 1 ? '' : 's') + ' (below ' + LOW_CONFIDENCE + ')'));
    }
    return el('div', {class: 'table-wrap'}, toggle, table);
  }

  function articleView(a, stored) {
    const dates = [];
    if (a.published) dates.push(el('span', {}, 'Published ', el('time', {datetime: a.published}, a.published)));
    if (a.updated) dates.push(el('span', {}, 'Updated ', el('time', {datetime: a.updated}, a.updated)));
    if (!dates.length) dates.push(el('span', {class: 'undated'}, 'Undated'));
    const entities = el('ul', {class: 'entity-chips'}, a.entities.map((e) => el('li', {},
      el('a', {href: entityHref(e.id), class: 'ent ent-' + e.type.toLowerCase()}, e.name),
      el('span', {class: 'muted'}, ' ×' + e.mentions.length))));
    const article = el('article', {class: 'article'},
      el('header', {},
        el('h1', {id: 'headline'}, a.headline || '(no headline)'),
        el('p', {class: 'meta'}, a.dateline ? el('span', {class: 'dateline'}, a.dateline) : null,
          dates, a.agency ? el('span', {}, a.agency) : null,
          a.outlet && a.outlet !== a.agency ? el('span', {}, a.outlet) : null),
        a.bullets && a.bullets.length ? el('ul', {class: 'bullets'}, a.bullets.map((b) => el('li', {}, b))) : null),
      // how the analysis was bounded (a long text analysed in part, a stage stopped for time): said, not hidden
      a.notes && a.notes.length ? el('ul', {class: 'notes muted small', 'aria-label': 'Notes on the analysis'},
        a.notes.map((n) => el('li', {}, 'Note: ' + n))) : null,
      legend(),
      annotatedBody(a),
      a.captions && a.captions.length
        ? el('section', {class: 'captions'}, el('h2', {}, 'Captions'), a.captions.map((c) => el('p', {}, c))) : null,
      el('section', {class: 'events-section', 'aria-labelledby': 'events-h-' + a.id},
        el('h2', {id: 'events-h-' + a.id}, 'Events (' + (a.events || []).length + ')'),
        (a.events || []).length ? eventsTable(a) : el('p', {class: 'muted'}, 'No events found.')));
    const aside = el('aside', {class: 'side', 'aria-label': 'Claims and entities'},
      el('h2', {}, 'Claims (' + (a.claims || []).length + ')'),
      (a.claims || []).length ? claimsList(a) : el('p', {class: 'muted'}, 'No claims found.'),
      el('h2', {}, 'Named (' + a.entities.length + ')'), entities,
      stored ? el('p', {class: 'muted small'}, 'Source: ', a.source || '?') : null,
      stored ? publicationsList(a) : null);
    return el('div', {class: 'reader'}, article, aside);
  }

  /** The other publications of a stored story (near-duplicates from other outlets), when there are any. */
  function publicationsList(a) {
    const pubs = a.publications || [];
    if (pubs.length < 2) return null;
    return el('section', {class: 'publications', 'aria-labelledby': 'pubs-h'},
      el('h2', {id: 'pubs-h'}, (a.outlets || []).length > 1 ? 'Reported by ' + a.outlets.length + ' outlets'
        : 'Published ' + pubs.length + ' times'),
      el('ol', {}, pubs.map((p) => el('li', {}, el('strong', {}, p.outlet || 'unknown outlet'), ' ',
        p.headline ? '“' + p.headline + '” ' : '', p.published ? el('time', {datetime: p.published}, p.published) : null,
        p.similarity < 1 ? el('span', {class: 'muted small'}, ' ' + Math.round(p.similarity * 100) + '% alike') : null,
        el('br', {}), el('span', {class: 'muted small source'}, p.source)))));
  }

  async function articlePage(id) {
    const a = await api('/api/articles/' + encodeURIComponent(id));
    title(a.headline);
    clear(main);
    main.appendChild(articleView(a, true));
    rendered('article');
  }

  // ---- Entity ---------------------------------------------------------------------------------------------

  const toDay = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;
  /** Dated statements per timeline request: enough to read, few enough to draw at once. */
  const TIMELINE_PAGE = 200;
  /** Rows of bars on the time axis at most; what does not fit is in the list below it. */
  const MAX_LANES = 30;

  /** Timeline items on an SVG axis by resolved date; each marker a link; the list below says the same in words. */
  function timelineSvg(items) {
    const dated = items.filter((x) => x.begin);
    if (!dated.length) return el('p', {class: 'muted empty-timeline'}, 'Nothing dated yet.');
    let lo = Math.min(...dated.map((x) => toDay(x.begin)));
    let hi = Math.max(...dated.map((x) => toDay(x.end || x.begin) ));
    if (hi - lo < 30) {
      lo -= 15;
      hi += 15;
    }
    // drawn at the width it is shown at, so that its text stays legible on a phone
    const W = Math.max(320, Math.min(1200, (main.clientWidth || 1000) - 4));
    const left = 40;
    const right = 40;
    const rowH = 18;
    const x = (d) => left + (d - lo) / (hi - lo) * (W - left - right);
    // lanes: the first lane whose last item ends before this one starts
    const lanes = [];
    // items alike on the axis (same kind, dates, type, modality and claimant) share one bar, with their number
    const alike = new Map();
    for (const it of dated) {
      const key = [it.kind, it.begin, it.end, it.type, it.modality, it.claimedBy].join('|');
      if (alike.has(key)) alike.get(key).count++;
      else alike.set(key, {it, count: 1});
    }
    let hidden = 0;
    const placed = [...alike.values()].map(({it, count}) => {
      const x1 = x(toDay(it.begin));
      const x2 = Math.max(x1 + 6, x(toDay(it.end || it.begin)));
      // events carry a label (type · modality) beside the bar: right of it, or left when it would leave the axis
      const times = count > 1 ? ' ×' + count : '';
      const label = it.kind === 'event' ? it.type.toLowerCase() + ' · ' + it.modality + times : (times || null);
      const lw = label ? label.length * 6.5 + 6 : 0;
      const labelLeft = label && x2 + lw > W - 4;
      const from = labelLeft ? x1 - lw : x1;
      const to = labelLeft ? x2 : x2 + lw;
      let lane = lanes.findIndex((end) => end + 4 < from);
      if (lane < 0) {
        if (lanes.length >= MAX_LANES) {
          hidden += count;
          return null;
        }
        lane = lanes.length;
        lanes.push(0);
      }
      lanes[lane] = to;
      return {it, count, x1, x2, lane, label, labelLeft};
    }).filter(Boolean);
    const H = 40 + lanes.length * rowH + 10;
    const axisY = H - 26;
    const g = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, class: 'timeline', role: 'group',
      'aria-label': 'Timeline of ' + dated.length + ' dated items from ' + new Date(lo * DAY).toISOString().slice(0, 10) +
        ' to ' + new Date(hi * DAY).toISOString().slice(0, 10)});
    g.appendChild(svg('line', {x1: left, x2: W - right, y1: axisY, y2: axisY, class: 'axis'}));
    // ticks: years, or months when the span is short
    const startYear = new Date(lo * DAY).getUTCFullYear();
    const endYear = new Date(hi * DAY).getUTCFullYear();
    const monthly = hi - lo < 800;
    const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
    const ends = [[lo, 'start', iso(lo)], [hi, 'end', iso(hi)]];
    for (const [d, anchor, label] of ends) {
      g.appendChild(svg('text', {x: x(d), y: axisY + 18, class: 'tick-label end-label', 'text-anchor': anchor}, label));
    }
    let lastLabel = -1e9;
    for (let y = startYear; y <= endYear; y++) {
      for (let m = 0; m < 12; m += monthly ? (hi - lo < 200 ? 1 : 3) : 12) {
        const d = Date.UTC(y, m, 1) / DAY;
        if (d < lo || d > hi) continue;
        const tx = x(d);
        g.appendChild(svg('line', {x1: tx, x2: tx, y1: axisY, y2: axisY + 5, class: 'tick'}));
        if (tx - x(lo) < 90 || x(hi) - tx < 90 || tx - lastLabel < 70) continue; // no overlapping labels
        lastLabel = tx;
        g.appendChild(svg('text', {x: tx, y: axisY + 18, class: 'tick-label', 'text-anchor': 'middle'},
          monthly ? y + '-' + String(m + 1).padStart(2, '0') : String(y)));
      }
    }
    for (const p of placed) {
      const y = 14 + p.lane * rowH;
      const it = p.it;
      const cls = 'mark kind-' + it.kind + (it.modality ? ' modality-' + it.modality : '');
      const a = svg('a', {href: it.href, class: 'tl-item', 'data-begin': it.begin},
        svg('title', {}, it.begin + (it.end ? ' – ' + it.end : '') + ': ' + it.label +
          (p.count > 1 ? ' (and ' + (p.count - 1) + ' more alike)' : '')),
        it.kind === 'event'
          ? svg('rect', {x: p.x1, y: y - 5, width: p.x2 - p.x1, height: 10, rx: 2, class: cls})
          : svg('rect', {x: p.x1, y: y - 3, width: p.x2 - p.x1, height: 6, rx: 3, class: cls}));
      if (p.label) {
        a.appendChild(svg('text', {x: p.labelLeft ? p.x1 - 4 : p.x2 + 4, y: y + 4, class: 'tl-label',
          'text-anchor': p.labelLeft ? 'end' : 'start'}, p.label));
      }
      g.appendChild(svg('line', {x1: p.x1, x2: p.x1, y1: y + 5, y2: axisY, class: 'drop'}));
      g.appendChild(a);
    }
    return el('figure', {class: 'timeline-figure'}, g,
      el('figcaption', {class: 'muted small'}, 'Thin grey bars: dated statements that name it. Thick bars: events, ' +
        'labelled type · modality and coloured by it (green asserted, brown claimed, red denied or negated, ' +
        'blue planned). Each bar links to its article; ×N: N items alike.' +
        (hidden ? ' ' + plural(hidden, 'more item') + ' did not fit on the axis: see the list below.' : '')));
  }

  function timelineList(items) {
    const list = el('ol', {class: 'timeline-list'});
    for (const it of items) {
      list.appendChild(el('li', {class: 'tl-entry kind-' + it.kind},
        el('time', {datetime: it.begin || null, class: 'when'}, it.begin ? when(it.begin, it.end) : 'undated'),
        it.fromArticleDate ? el('span', {class: 'muted small'}, ' (article date)') : null,
        ' ', it.kind === 'event' ? [badge(it.type.toLowerCase(), 'type'), ' ', badge(it.modality,
          'modality-' + it.modality), it.claimedBy ? el('span', {class: 'claimed'}, ' ' + it.claimedBy) : null,
        ' '] : null,
        el('span', {class: 'what'}, it.label), ' ',
        el('a', {href: it.href, class: 'muted small'}, it.headline || 'article')));
    }
    return list;
  }

  function claimCards(claims, emptyText) {
    if (!claims.length) return el('p', {class: 'muted'}, emptyText);
    return el('ul', {class: 'claim-cards'}, claims.map((c) => el('li', {},
      c.claim.source_entity_id ? el('a', {href: entityHref(c.claim.source_entity_id), class: 'claim-source'},
        c.source_label || c.claim.source_entity_id) : el('span', {class: 'claim-source'}, c.source_label || 'unattributed'),
      c.claim.source_entity_id ? null : groupTag(c.claim.source_countries),
      ' ', el('span', {class: 'claim-cue'}, c.cue_text), ' ',
      badge(c.claim.stance, 'stance-' + c.claim.stance),
      el('blockquote', {class: 'claim-content'}, c.content_text),
      el('a', {href: articleHref(c.article_id), class: 'muted small'}, (c.claim.said ? when(c.claim.said, c.claim.said_until) : c.date || '') + ' · ' +
        (c.headline || 'article')))));
  }

  async function entityPage(id) {
    const enc = encodeURIComponent(id);
    const info = await api('/api/entities/' + enc);
    const e = info.entity;
    const eid = encodeURIComponent(e.id);
    const [tl, asActor, asRecipient, made, about, related, stories] = await Promise.all([
      api('/api/timeline?limit=' + TIMELINE_PAGE + '&entity=' + eid), api('/api/events?limit=200&actor=' + eid),
      api('/api/events?limit=200&recipient=' + eid), api('/api/claims?limit=100&source=' + eid),
      api('/api/claims?limit=100&about=' + eid), api('/api/entities/' + eid + '/related?limit=15'),
      api('/api/stories?limit=' + ENTITY_STORIES + '&about=' + eid)]);
    title(e.name);
    const items = [];
    const addTimes = (entries) => {
      for (const t of entries) {
        items.push({kind: 'time', begin: t.begin, end: t.end, value: t.value, label: t.snippet,
          headline: t.headline, href: articleHref(t.article_id)});
      }
    };
    addTimes(tl.entries);
    let shown = tl.entries.length;
    const seen = new Set();
    for (const r of asActor.events.concat(asRecipient.events)) {
      const k = r.article_id + '/' + r.event.id;
      if (seen.has(k)) continue;
      seen.add(k);
      const days = r.event.interval || {begin: null, end: null};
      items.push({kind: 'event', begin: days.begin, end: days.end, value: days.begin, type: r.event.type,
        modality: r.event.modality,
        claimedBy: r.claimed_by ? reportedBy(r.claimed_by.stance) + ' ' + (r.claimed_by.source_label || 'unattributed')
          + (!r.claimed_by.source_entity_id && r.claimed_by.source_countries.length
            ? ' [group: ' + r.claimed_by.source_countries.map((id) => id.slice(id.indexOf(':') + 1)).join(', ') + ']' : '')
          : null,
        label: r.sentence_text || r.trigger_text, headline: r.headline, href: articleHref(r.article_id),
        fromArticleDate: r.event.time_from_article_date});
    }
    const byDate = (p, q) => (p.begin || '9999').localeCompare(q.begin || '9999');
    items.sort(byDate);
    // the timeline comes a page at a time: the earliest first, the next page on request
    const more = el('p', {class: 'muted', id: 'timeline-more'});
    const drawTimeline = () => {
      const section = main.querySelector('#timeline');
      section.querySelector('h2').textContent = 'Timeline (' + items.length + ')';
      section.querySelector('.timeline-figure, .empty-timeline').replaceWith(timelineSvg(items));
      section.querySelector('.timeline-list').replaceWith(timelineList(items));
    };
    const showMore = () => {
      clear(more);
      if (tl.total <= shown) return;
      const button = el('button', {type: 'button', id: 'timeline-next'}, 'Show the next ' +
        Math.min(TIMELINE_PAGE, tl.total - shown));
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          const next = await api('/api/timeline?limit=' + TIMELINE_PAGE + '&offset=' + shown + '&entity=' + eid);
          addTimes(next.entries);
          shown += next.entries.length;
          items.sort(byDate);
          drawTimeline();
          showMore();
        } catch (e) {
          append(more, [el('span', {class: 'error', role: 'alert'}, e.message)]);
        }
      });
      append(more, ['The earliest ' + shown + ' of ' + tl.total + ' dated statements. ', button]);
    };
    showMore();
    clear(main);
    const relList = related.related.length ? el('ol', {class: 'related'}, related.related.map((x) => el('li', {},
      entityLink({id: x.entity.id, name: x.entity.name, type: x.entity.type}),
      el('span', {class: 'muted'}, ' ' + plural(x.sentences, 'sentence') + ' together, ' +
        plural(x.articles, 'article'))))) : el('p', {class: 'muted'}, 'Nobody yet.');
    main.appendChild(el('div', {class: 'entity-page'},
      el('header', {},
        el('h1', {id: 'entity-name'}, e.name),
        el('p', {class: 'meta'}, badge(e.type.toLowerCase(), 'ent ent-' + e.type.toLowerCase()),
          el('code', {}, e.id), e.country ? el('span', {}, 'country ' + e.country) : null,
          el('span', {}, plural(info.articles, 'article') + ', ' + plural(info.mentions, 'mention'))),
        e.aliases.length ? el('p', {class: 'aliases'}, 'Also: ', e.aliases.join(' · ')) : null,
        info.place ? el('p', {class: 'place-point', id: 'entity-place'}, 'On the map: ' + info.place.name +
          (info.place.country ? ', ' + info.place.country : '') + ' (' + info.place.lat.toFixed(2) + ', ' +
          info.place.lon.toFixed(2) + ')') : null),
      el('section', {'aria-labelledby': 'stories-h', id: 'entity-stories'}, el('h2', {id: 'stories-h'},
        'Stories that name it (' + stories.total + ')'),
        storyList(stories.stories.slice(0, ENTITY_STORIES_SHOWN), 'No story names it yet.'),
        stories.stories.length > ENTITY_STORIES_SHOWN ? el('details', {class: 'more'},
          el('summary', {}, plural(stories.stories.length - ENTITY_STORIES_SHOWN, 'more story').replace('storys',
            'stories')), storyList(stories.stories.slice(ENTITY_STORIES_SHOWN), '')) : null,
        stories.total > stories.stories.length ? el('p', {class: 'muted small'}, 'The largest ' +
          stories.stories.length + ' of ' + stories.total + '.') : null),
      el('section', {'aria-labelledby': 'map-h', id: 'map'}, el('h2', {id: 'map-h'},
        info.place ? 'What happened there, and what it did' : 'Where its events happened'),
        el('div', {class: 'map-box', id: 'entity-map'}, el('p', {class: 'muted'}, 'Drawing the map…'))),
      el('section', {'aria-labelledby': 'tl-h', id: 'timeline'}, el('h2', {id: 'tl-h'},
        'Timeline (' + items.length + ')'), more, timelineSvg(items), timelineList(items)),
      el('div', {class: 'two'},
        el('section', {'aria-labelledby': 'made-h'}, el('h2', {id: 'made-h'}, 'Claims it made'),
          claimCards(made.claims, 'None stored.')),
        el('section', {'aria-labelledby': 'about-h'}, el('h2', {id: 'about-h'}, 'Claims about it'),
          claimCards(about.claims, 'None stored.'))),
      el('section', {'aria-labelledby': 'rel-h'}, el('h2', {id: 'rel-h'}, 'Appears with most'), relList)));
    await mapInto(main.querySelector('#entity-map'), {entity: e.id, focus: info.place});
    // redraw the axis at the new width when the window changes size
    redraw = () => {
      const old = main.querySelector('#timeline .timeline-figure');
      if (old) old.replaceWith(timelineSvg(items));
    };
    rendered('entity');
  }

  // ---- Stories --------------------------------------------------------------------------------------------

  /** Stories listed on an entity's page (the largest), of which the first few are open. */
  const ENTITY_STORIES = 10;
  const ENTITY_STORIES_SHOWN = 4;
  /** Stories per page of the stories list. */
  const STORIES_PAGE = 30;

  /** An entity id in words, when its name is not at hand: "person:ronald-reagan" → "Ronald Reagan". */
  function idWords(id) {
    return String(id).slice(String(id).indexOf(':') + 1).replace(/[-_]+/g, ' ')
      .replace(/(^| )([a-z])/g, (m, sp, c) => sp + c.toUpperCase());
  }

  /** A link to an entity known by id: its name and type from {names} when there, else the id in words. */
  function entityIdLink(id, names) {
    const known = names && names.get(id);
    if (known) return entityLink(known);
    const type = String(id).slice(0, Math.max(0, String(id).indexOf(':')));
    return el('a', {href: entityHref(id), class: 'ent ent-' + (type || 'misc').toLowerCase(), title: id},
      idWords(id));
  }

  const joinNodes = (nodes) => nodes.flatMap((n, i) => (i ? [', ', n] : [n]));

  /** "2024-10-01 – 2024-10-09", one day, or "undated". */
  function dateSpan(first, last) {
    if (!first) return 'undated';
    return !last || last === first ? first : first + ' – ' + last;
  }

  /** What a story's size and reach are, in words: "12 articles · 2 outlets: A, B · dates" (nothing empty). */
  function storyMeta(st) {
    return el('p', {class: 'meta'},
      el('span', {class: 'story-size'}, plural(st.articles, 'article')),
      st.outlets.length ? el('span', {}, plural(st.outlets.length, 'outlet') + ': ' + st.outlets.join(', ')) : null,
      st.first_date ? el('span', {}, dateSpan(st.first_date, st.last_date)) : null,
      st.undated ? el('span', {class: 'muted'}, (st.undated === st.articles ? 'all undated' : st.undated +
        ' undated') + ' (joined by content only)') : null);
  }

  function storyList(stories, emptyText) {
    if (!stories.length) return el('p', {class: 'muted'}, emptyText);
    return el('ol', {class: 'stories'}, stories.map((st) => el('li', {class: 'story-item', 'data-story': st.id},
      el('h3', {}, el('a', {href: storyHref(st.id)}, st.title || '(no headline)')),
      storyMeta(st),
      st.entities.length ? el('p', {class: 'small story-entities'},
        joinNodes(st.entities.slice(0, 8).map((id) => entityIdLink(id)))) : null)));
  }

  async function storiesPage(params) {
    title('Stories');
    const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
    const from = params.get('from') || '';
    const to = params.get('to') || '';
    const r = await api('/api/stories?' + query({from, to, offset, limit: STORIES_PAGE}));
    clear(main);
    const fromIn = el('input', {type: 'date', name: 'from', value: from});
    const toIn = el('input', {type: 'date', name: 'to', value: to});
    const form = el('form', {class: 'story-filter'},
      el('label', {class: 'field'}, el('span', {}, 'Reported from'), fromIn),
      el('label', {class: 'field'}, el('span', {}, 'to (exclusive)'), toIn),
      el('button', {type: 'submit'}, 'Show'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      location.hash = '#/stories?' + query({from: fromIn.value, to: toIn.value});
    });
    const nav = el('p', {class: 'pager'});
    if (offset > 0) {
      nav.appendChild(el('a', {href: '#/stories?' + query({from, to, offset: Math.max(0, offset - STORIES_PAGE)})},
        '← larger'));
    }
    if (offset + r.stories.length < r.total) {
      if (offset > 0) nav.appendChild(document.createTextNode(' · '));
      nav.appendChild(el('a', {href: '#/stories?' + query({from, to, offset: offset + STORIES_PAGE})},
        'smaller →'));
    }
    main.append(el('h1', {}, 'Stories'),
      el('p', {class: 'muted'}, 'The articles that report one development, across outlets: the largest first. ' +
        (r.total ? 'Stories ' + (offset + 1) + '–' + (offset + r.stories.length) + ' of ' + r.total + '.' : '')),
      form, storyList(r.stories, 'No stories stored' + (from || to ? ' in these dates.' : ' yet.')), nav);
    rendered('stories');
  }

  /** Names and types of the entities known by id (at most {max}); those the API does not find keep their id. */
  async function entityNames(ids, max) {
    const names = new Map();
    const found = await Promise.all([...new Set(ids)].slice(0, max).map((id) =>
      api('/api/entities/' + encodeURIComponent(id)).then((r) => r.entity, () => null)));
    for (const e of found) if (e) names.set(e.id, {id: e.id, name: e.name, type: e.type});
    return names;
  }

  /** One lane per outlet, each article a dot at its date: who reported the story when. */
  function outletStrip(articles) {
    const dated = articles.filter((a) => a.date);
    if (dated.length < 2) return null;
    const outlets = [...new Set(dated.map((a) => a.outlet || 'unknown outlet'))];
    let lo = Math.min(...dated.map((a) => toDay(a.date)));
    let hi = Math.max(...dated.map((a) => toDay(a.date)));
    if (hi - lo < 2) {
      lo -= 1;
      hi += 1;
    }
    const W = Math.max(320, Math.min(1200, (main.clientWidth || 1000) - 4));
    const left = 130;
    const right = 20;
    const rowH = 26;
    const H = outlets.length * rowH + 40;
    const x = (d) => left + (d - lo) / (hi - lo) * (W - left - right);
    const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
    const g = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, class: 'outlet-strip', role: 'group',
      'aria-label': 'Articles by outlet from ' + iso(lo) + ' to ' + iso(hi)});
    outlets.forEach((o, i) => {
      const y = 24 + i * rowH;
      g.appendChild(svg('text', {x: left - 8, y: y + 4, class: 'tick-label', 'text-anchor': 'end'},
        o.length > 18 ? o.slice(0, 17) + '…' : o));
      g.appendChild(svg('line', {x1: left, x2: W - right, y1: y, y2: y, class: 'lane'}));
    });
    const axisY = H - 18;
    g.appendChild(svg('text', {x: left, y: axisY + 12, class: 'tick-label', 'text-anchor': 'start'}, iso(lo)));
    g.appendChild(svg('text', {x: W - right, y: axisY + 12, class: 'tick-label', 'text-anchor': 'end'}, iso(hi)));
    // the articles of one outlet on one day are one dot, larger by their number, linking to the first of them
    const days = new Map();
    for (const a of dated) {
      const k = (a.outlet || 'unknown outlet') + '|' + a.date;
      if (!days.has(k)) days.set(k, []);
      days.get(k).push(a);
    }
    for (const same of days.values()) {
      const a = same[0];
      const y = 24 + outlets.indexOf(a.outlet || 'unknown outlet') * rowH;
      const cx = x(toDay(a.date));
      g.appendChild(svg('a', {href: articleHref(a.article_id)},
        svg('title', {}, a.date + ' · ' + (a.outlet || 'unknown outlet') + ': ' +
          same.map((b) => b.headline || 'article').join('; ')),
        svg('circle', {cx, cy: y, r: Math.min(10, 4 + 1.5 * (same.length - 1)),
          class: 'dot' + (same.some((b) => b.started) ? ' started' : '')}),
        same.length > 1 ? svg('text', {x: cx, y: y - 12, class: 'tick-label', 'text-anchor': 'middle'},
          '×' + same.length) : null));
    }
    return el('figure', {class: 'timeline-figure'}, g, el('figcaption', {class: 'muted small'},
      'Each dot an outlet\'s articles of one day (×N: N of them), on its line at its date; the ringed dot started' +
        ' the story.'));
  }

  /** Links [1] [2] … to the articles of some reports, each titled with its article's headline. */
  function reportLinks(mentions, headlines) {
    return [...new Set(mentions.map((m) => m.article_id))].map((aid, i) => [i ? ' ' : '',
      el('a', {href: articleHref(aid), class: 'small', title: headlines.get(aid) || 'article'}, '[' + (i + 1) + ']')]);
  }

  /** The first {n} nodes, and the others behind a "N more" disclosure. */
  function firstThenMore(nodes, n, wrap, what) {
    if (nodes.length <= n) return wrap(nodes);
    return [wrap(nodes.slice(0, n)), el('details', {class: 'more'},
      el('summary', {}, plural(nodes.length - n, 'more ' + what)), wrap(nodes.slice(n)))];
  }

  function storyArticles(articles) {
    const byOutlet = new Map();
    for (const a of articles) {
      const o = a.outlet || 'unknown outlet';
      if (!byOutlet.has(o)) byOutlet.set(o, []);
      byOutlet.get(o).push(a);
    }
    const mixed = articles.some((a) => a.dated) && articles.some((a) => !a.dated);
    return el('div', {class: 'story-outlets' + (byOutlet.size > 1 ? ' several' : '')}, [...byOutlet.entries()].map(([outlet, list]) =>
      el('section', {class: 'story-outlet'}, el('h3', {}, outlet + ' (' + list.length + ')'),
        el('ol', {class: 'story-articles'}, list.map((a) => el('li', {'data-article': a.article_id},
          a.date ? el('time', {datetime: a.date, class: 'when'}, a.date) : el('span', {class: 'when muted'}, 'undated'),
          ' ', el('a', {href: articleHref(a.article_id)}, a.headline || '(no headline)'),
          a.started ? [' ', badge('first report', 'story-first')] : null,
          a.publications > 1 ? [' ', badge('also in ' + (a.publications - 1) + ' more' +
            (a.outlets.length ? ' (' + a.outlets.join(', ') + ')' : ''), 'reach')] : null,
          a.dated || !mixed ? null : el('span', {class: 'muted small'}, ' joined by content only')))))));
  }

  function reportCounts(x, reports) {
    return plural(x.articles, 'article') + (x.outlets ? ', ' + plural(x.outlets, 'outlet') : '') +
      (reports && reports !== x.articles ? ', ' + plural(reports, 'report') : '') +
      (x.republications ? ' (+' + x.republications + ' republished, counted once)' : '');
  }

  /** Event rows shown before "N more events". */
  const STORY_EVENTS = 15;
  /** Claims shown per source before "N more claims". */
  const STORY_CLAIMS = 3;

  function storyEvents(events, names, headlines) {
    if (!events.length) return el('p', {class: 'muted'}, 'No events found.');
    const links = (ids) => ids.length ? joinNodes(ids.map((id) => entityIdLink(id, names))) : null;
    const rows = events.map((e) => el('tr', {'data-event': e.id},
      el('td', {}, (e.type || 'event').toLowerCase(), el('br', {}), el('q', {class: 'trigger'}, e.label)),
      el('td', {}, links(e.actors) || el('span', {class: 'muted'}, 'unknown')),
      el('td', {}, links(e.recipients)),
      el('td', {}, e.location ? entityIdLink(e.location, names) : null),
      el('td', {}, interval(e.interval)),
      el('td', {class: 'reports'}, el('strong', {}, reportCounts(e, e.mentions)), el('br', {}),
        reportLinks(e.reports, headlines))));
    const table = (part) => el('table', {class: 'events'},
      el('caption', {class: 'visually-hidden'}, 'Events of the story, each once'),
      el('thead', {}, el('tr', {}, ['Event', 'Actors', 'Recipients', 'Place', 'When', 'Reported in'].map(
        (h) => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, part));
    return el('div', {class: 'table-wrap'}, firstThenMore(rows, STORY_EVENTS, table, 'event'));
  }

  function sourceHeading(key, first, names) {
    if (key.startsWith('group:')) {
      return ['unnamed ', el('span', {class: 'muted small group-countries'},
        '[group: ' + key.slice(6).split('+').map((c) => c.slice(c.indexOf(':') + 1)).join(', ') + ']'), first.source_label && first.source_label === first.source_text ? ' (“' + first.source_text + '”)' : ''];
    }
    if (key === 'unnamed' || key.indexOf(':') < 0) return el('span', {class: 'claim-source'}, first.source_label || 'unattributed');
    return entityIdLink(key, names);
  }

  function storyClaims(claims, names, headlines) {
    if (!claims.length) return el('p', {class: 'muted'}, 'No claims found.');
    const bySource = new Map();
    for (const c of claims) {
      if (!bySource.has(c.source_key)) bySource.set(c.source_key, []);
      bySource.get(c.source_key).push(c);
    }
    return el('div', {class: 'story-claims'}, [...bySource.entries()].map(([key, list]) =>
      el('section', {class: 'story-source', 'data-source': key},
        el('h3', {}, sourceHeading(key, list[0], names), el('span', {class: 'muted small'}, ' · ' +
          plural(list.length, 'claim'))),
        firstThenMore(list.map((c) => el('li', {'data-claim': c.id},
          c.stances.map((s) => [badge(s.stance + (c.stances.length > 1 ? ' ×' + s.reports : ''),
            'stance-' + s.stance), ' ']),
          el('blockquote', {class: 'claim-content'}, c.excerpt),
          el('span', {class: 'muted small'}, reportCounts(c, c.reports) + ' '), reportLinks(c.mentions, headlines))),
        STORY_CLAIMS, (part) => el('ul', {class: 'claim-cards story-claim-cards'}, part), 'claim'))));
  }

  function reportLine(label, r) {
    if (!r) return null;
    return el('span', {}, label + ': ', el('a', {href: articleHref(r.article_id)}, r.headline || 'article'),
      r.outlet || r.date ? ' (' + [r.outlet, r.date].filter(Boolean).join(', ') + ')' : null);
  }

  async function storyPage(id) {
    const d = await api('/api/stories/' + encodeURIComponent(id));
    const st = d.story;
    const ids = st.entities.concat(...d.events.map((e) => e.actors.concat(e.recipients, e.location ? [e.location] : [])),
      d.claims.map((c) => c.source_key).filter((k) => k.indexOf(':') > 0 && !k.startsWith('group:')));
    const names = await entityNames(ids, 80);
    const headlines = new Map(d.articles.map((a) => [a.article_id, a.headline]));
    title(st.title || 'Story');
    clear(main);
    const mapBox = el('div', {class: 'map-box', id: 'story-map'}, el('p', {class: 'muted'}, 'Drawing the map…'));
    const merges = d.merges.filter((m) => !m.undone_by);
    main.appendChild(el('div', {class: 'story-page', 'data-story': st.id},
      el('header', {},
        el('p', {class: 'muted small'}, el('a', {href: '#/stories'}, 'Stories'), ' › ', st.id),
        el('h1', {id: 'story-title'}, st.title || '(no headline)'),
        storyMeta(st),
        el('p', {class: 'meta'}, reportLine('First report', st.first), reportLine('Latest', st.latest)),
        st.entities.length ? el('p', {class: 'story-entities'}, 'Names: ',
          joinNodes(st.entities.map((e) => entityIdLink(e, names)))) : null),
      el('section', {'aria-labelledby': 'story-articles-h', id: 'story-articles'},
        el('h2', {id: 'story-articles-h'}, 'Articles by outlet (' + d.articles.length + ')'),
        outletStrip(d.articles), storyArticles(d.articles)),
      el('section', {'aria-labelledby': 'story-events-h', id: 'story-events'},
        el('h2', {id: 'story-events-h'}, 'Events, each once (' + d.events.length + ')'),
        storyEvents(d.events, names, headlines)),
      el('section', {'aria-labelledby': 'story-map-h'},
        el('h2', {id: 'story-map-h'}, 'Where its events happened'), mapBox),
      el('section', {'aria-labelledby': 'story-claims-h', id: 'story-claims'},
        el('h2', {id: 'story-claims-h'}, 'Claims by source (' + d.claims.length + ')'),
        storyClaims(d.claims, names, headlines)),
      merges.length ? el('section', {'aria-labelledby': 'story-merges-h'},
        el('h2', {id: 'story-merges-h'}, 'People made one across its articles'),
        el('ul', {}, merges.map((m) => el('li', {}, entityIdLink(m.entity_id, names), ' = ',
          entityIdLink(m.into_id, names), el('span', {class: 'muted small'}, ' (' + m.reason + ')'))))) : null));
    await mapInto(mapBox, {articles: d.articles.map((a) => a.article_id).join(',')});
    rendered('story');
  }

  // ---- Claims board ---------------------------------------------------------------------------------------

  function topicTitle(t) {
    const names = (xs) => xs.map((x) => x.id ? entityLink(x, x.text) : document.createTextNode(x.text || '?'));
    const joined = (xs) => names(xs).flatMap((n, i) => (i ? [', ', n] : [n]));
    if (t.kind === 'event') {
      return [badge(t.type.toLowerCase(), 'type'), ' ', joined(t.actors || []),
        (t.recipients || []).length ? [' → ', joined(t.recipients)] : null];
    }
    if (t.entities && t.entities.length) return ['About ', joined(t.entities).length ? joined(t.entities) : null];
    return ['Other claims in “' + (t.headline || 'an article') + '”'];
  }

  async function claimsPage() {
    title('Claims board');
    const r = await api('/api/board');
    clear(main);
    main.appendChild(el('h1', {}, 'Claims board'));
    main.appendChild(el('p', {class: 'muted'}, 'Claims grouped by what they are about: the event reported, or ' +
      'the entities named. Who asserts it, who only believes it, who denies it, who has not confirmed it.'));
    if (!r.topics.length) {
      main.appendChild(el('p', {class: 'muted'}, 'No claims stored yet.'));
      rendered('claims');
      return;
    }
    for (const t of r.topics) {
      const cols = COLUMNS.map(([key, label]) => el('div', {class: 'col col-' + key},
        el('h3', {}, label + ' (' + t[key].length + ')'),
        t[key].length ? el('ul', {}, t[key].map((c) => el('li', {},
          c.source_entity ? entityLink(c.source_entity, c.source_label) : el('span', {class: 'claim-source'},
            c.source_label || 'unattributed'),
          c.source_entity && c.source_text && c.source_label === c.source_text && c.source_text !== c.source_entity.name
            ? ' (“' + c.source_text + '”)'
            : null,
          c.source_entity ? null : groupTag(c.source_countries),
          ' ', el('span', {class: 'claim-cue'}, c.cue_text),
          el('blockquote', {class: 'claim-content'}, c.content_text),
          el('a', {href: articleHref(c.article_id), class: 'muted small'}, (c.said ? when(c.said, c.said_until) : '') + ' · ' +
            (c.headline || 'article'))))) : el('p', {class: 'muted'}, '—')));
      main.appendChild(el('section', {class: 'topic', 'data-topic': t.key},
        el('h2', {}, topicTitle(t), el('span', {class: 'muted small'}, ' · ' + plural(t.count, 'claim'))),
        el('div', {class: 'columns'}, cols)));
    }
    rendered('claims');
  }

  // ---- Analyze --------------------------------------------------------------------------------------------

  function analyzePage() {
    title('Analyze');
    clear(main);
    const area = el('textarea', {id: 'analyze-text', rows: 12, required: true,
      placeholder: 'Headline on the first line, then the article. Nothing is stored.'});
    const file = el('input', {type: 'file', id: 'analyze-file', accept: '.txt,text/plain'});
    const out = el('section', {id: 'analyze-result', 'aria-live': 'polite'});
    const button = el('button', {type: 'submit'}, 'Analyze');
    // Analysing and storing need a token (unless the server opens analysis): it goes in a header, is kept in this
    // page only, never saved
    const token = el('input', {type: 'password', id: 'write-token', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'the server\'s token'});
    const store = el('button', {type: 'button', id: 'store-button'}, 'Store');
    const storeOut = el('p', {id: 'store-result', role: 'status'});
    file.addEventListener('change', () => {
      const f = file.files && file.files[0];
      if (f) f.text().then((t) => { area.value = t; });
    });
    area.addEventListener('dragover', (ev) => ev.preventDefault());
    area.addEventListener('drop', (ev) => {
      ev.preventDefault();
      const f = ev.dataTransfer.files && ev.dataTransfer.files[0];
      if (f) f.text().then((t) => { area.value = t; });
    });
    const form = el('form', {class: 'analyze'},
      el('label', {for: 'analyze-text'}, 'Article text'), area,
      el('p', {}, el('label', {}, 'or a file: ', file)), button,
      el('fieldset', {class: 'store'}, el('legend', {}, 'Store it'),
        el('p', {class: 'muted small'}, 'Analyzing stores nothing; it needs the server\'s analyze or write token ' +
          '(server.analyzeToken, server.writeToken) unless the server is open to all (server.openAnalyze). To add ' +
          'the text to the store, give the write token.'),
        el('label', {for: 'write-token'}, 'Token '), token, ' ', store, storeOut));
    store.addEventListener('click', async () => {
      clear(storeOut);
      if (!area.value.trim()) {
        append(storeOut, [el('span', {class: 'error', role: 'alert'}, 'Paste or drop a text first.')]);
        return;
      }
      if (!token.value) {
        append(storeOut, [el('span', {class: 'error', role: 'alert'}, 'Give the write token first.')]);
        token.focus();
        return;
      }
      store.disabled = true;
      append(storeOut, ['Analysing and storing…']);
      try {
        const r = await api('/api/articles', {method: 'POST', body: area.value, headers: {
          'Content-Type': 'text/plain; charset=utf-8', 'Accept': 'application/json',
          'Authorization': 'Bearer ' + token.value}});
        clear(storeOut);
        append(storeOut, r.articles.map((a, i) => [i ? '; ' : '', a.stored ? 'Stored: ' : 'Already stored: ',
          el('a', {href: articleHref(a.id)}, a.headline || a.id)]));
        rendered('stored');
      } catch (e) {
        clear(storeOut);
        append(storeOut, [el('span', {class: 'error', role: 'alert'}, e.message)]);
        rendered('store-refused');
      } finally {
        store.disabled = false;
      }
    });
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      clear(out);
      button.disabled = true;
      out.appendChild(el('p', {class: 'muted'}, 'Analysing… (the first request loads the language models)'));
      try {
        const headers = {'Content-Type': 'text/plain; charset=utf-8', 'Accept': 'application/json'};
        if (token.value) headers['Authorization'] = 'Bearer ' + token.value;
        const r = await api('/api/analyze', {method: 'POST', body: area.value, headers: headers});
        clear(out);
        for (const a of r.articles) out.appendChild(articleView(a, false));
        rendered('analyzed');
      } catch (e) {
        clear(out);
        out.appendChild(el('p', {class: 'error', role: 'alert'}, e.message));
      } finally {
        button.disabled = false;
      }
    });
    main.append(el('h1', {}, 'Analyze a text'), form, out);
    area.focus();
    rendered('analyze');
  }

  // ---- Router ---------------------------------------------------------------------------------------------

  async function route() {
    const hash = location.hash.replace(/^#\/?/, '');
    const qm = hash.indexOf('?');
    const path = qm < 0 ? hash : hash.slice(0, qm);
    const params = new URLSearchParams(qm < 0 ? '' : hash.slice(qm + 1));
    const [page, ...rest] = path.split('/');
    const arg = decodeURIComponent(rest.join('/'));
    for (const a of document.querySelectorAll('[data-nav]')) {
      const current = a.getAttribute('data-nav') === (page === 'article' || page === 'entity' || page === ''
        ? 'search' : page === 'story' ? 'stories' : page);
      if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    main.removeAttribute('data-rendered');
    try {
      if (page === 'article' && arg) await articlePage(arg);
      else if (page === 'entity' && arg) await entityPage(arg);
      else if (page === 'story' && arg) await storyPage(arg);
      else if (page === 'stories') await storiesPage(params);
      else if (page === 'claims') await claimsPage();
      else if (page === 'analyze') analyzePage();
      else await searchPage(params);
      if (['article', 'entity', 'claims', 'story', 'stories'].includes(page)) {
        main.focus({preventScroll: true});
        window.scrollTo(0, 0);
      }
    } catch (e) {
      showError(e);
    }
  }

  let redraw = null;
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => redraw && redraw(), 150);
  });
  window.addEventListener('hashchange', () => {
    redraw = null;
    route();
  });
  route();
})();
