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
    const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
    const asked = {q: params.get('q'), from: params.get('from'), to: params.get('to'), entity: params.get('entity'),
      type: params.get('type'), stance: params.get('stance'), outlet: params.get('outlet')};
    const r = await api('/api/search?' + query(Object.assign({offset, limit: SEARCH_PAGE}, asked)));
    clear(results);
    const n = r.total;
    results.appendChild(el('p', {class: 'count', id: 'result-count'},
      (r.total_is_lower_bound ? 'at least ' : '') + n + (n === 1 ? ' article matches' : ' articles match') +
      (r.hits.length < n ? ' (showing ' + (r.hits.length ? (offset + 1) + '–' + (offset + r.hits.length)
        : 'none from ' + (offset + 1)) + ')' : '')));
    results.appendChild(el('p', {class: 'small'}, el('a', {href: '#/trends?' + query({q: params.get('q')}),
      id: 'search-trends'}, 'Trends of this search over time')));
    results.appendChild(hitsByStory(r.hits));
    results.appendChild(searchPager(asked, offset, r.hits.length, n));
    if (r.hits.length) {
      const box = el('div', {class: 'map-box', id: 'search-map'});
      results.appendChild(el('section', {'aria-labelledby': 'search-map-h'},
        el('h2', {id: 'search-map-h'}, 'Where these events happened'), box));
      await mapInto(box, {q: params.get('q')});
    }
    rendered('search');
  }

  /** Search hits per page. */
  const SEARCH_PAGE = 50;

  /** "← previous 50 · next 50 →" below a page of hits, as links to the neighbouring pages. */
  function searchPager(asked, offset, shown, total) {
    const nav = el('p', {class: 'pager', id: 'search-pager'});
    const link = (at, text, rel) => el('a', {href: '#/search?' + query(Object.assign({}, asked, {offset: at || null})),
      rel}, text);
    if (offset > 0) nav.appendChild(link(Math.max(0, offset - SEARCH_PAGE), '← previous ' + SEARCH_PAGE, 'prev'));
    if (offset + shown < total) {
      if (offset > 0) nav.appendChild(document.createTextNode(' · '));
      nav.appendChild(link(offset + SEARCH_PAGE, 'next ' + Math.min(SEARCH_PAGE, total - offset - shown) + ' →',
        'next'));
    }
    return nav;
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

  /**
   * The latest articles: a heading with the total and their list, a page at a time (the next on request), as one box
   * that can be redrawn in place.
   */
  async function latestBox(r) {
    const render = (articles) => el('ol', {class: 'hits'}, articles.map((a) => el('li', {class: 'hit'},
      el('h3', {}, el('a', {href: articleHref(a.id)}, a.headline || '(no headline)')),
      el('p', {class: 'muted'}, [a.dateline, a.published || a.updated || 'undated'].filter(Boolean).join(' · ')))));
    return el('div', {id: 'latest', 'data-total': String(r.total)},
      el('h2', {}, 'Latest of ' + r.total + ' stored articles'),
      await pagedList('latest-articles', 20, (offset, limit) => offset === 0
        ? Promise.resolve({total: r.total, items: r.articles})
        : api('/api/articles?' + query({offset, limit})).then((x) => ({total: x.total, items: x.articles})),
      render, 'None yet.'));
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
          const fresh = await latestBox(r);
          if (!document.body.contains(current)) return;
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
    const box = await latestBox(r);
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
    } else if (t.relative_text) {
      parts.push(t.relative_text + ' (the article has no date)');
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
        atoms.push({begin: m.begin, end: m.end, kind: 'entity', entity: e, role: m.role, confidence: m.confidence});
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
      return el('a', {href: entityHref(e.id), class: 'ent ent-' + e.type.toLowerCase() + lowClass(piece.confidence),
        'data-entity': e.id,
        title: e.name + ' (' + e.type.toLowerCase() + (piece.role && piece.role !== 'name' ? ', ' + piece.role : '') +
          ')' + sureness(piece.confidence)}, words);
    }
    if (piece.kind === 'time') {
      const t = piece.time;
      const tip = describeTime(t) + sureness(t.confidence);
      return el('time', {class: 'timex' + (t.interval ? '' : ' unresolved') + lowClass(t.confidence), tabindex: 0,
        datetime: t.interval && t.interval.begin ? t.interval.begin : null, 'data-tip': tip,
        'aria-label': words + ': ' + tip}, words);
    }
    return document.createTextNode(words);
  }

  /** " low-confidence" for a mention or time whose confidence is known and below LOW_CONFIDENCE (faded), else "". */
  function lowClass(confidence) {
    return confidence != null && confidence < LOW_CONFIDENCE ? ' low-confidence' : '';
  }

  /** ", confidence 0.42" for a known confidence, else "". */
  function sureness(confidence) {
    return confidence != null ? ', confidence ' + confidence.toFixed(2) : '';
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

  /** " reported by X" on a nested claim (in "As we've noted, a study concluded …", the study's claim): the outer source. */
  function reportedByTag(label, entityId) {
    return el('span', {class: 'claim-reported-by muted small'}, ' reported by ', entityId
      ? el('a', {href: entityHref(entityId), class: 'claim-source'}, label || entityId) : label || 'an unattributed claim');
  }

  function claimsList(a) {
    const byId = Object.fromEntries(a.entities.map((e) => [e.id, e]));
    const claimById = Object.fromEntries((a.claims || []).map((c) => [c.id, c]));
    const list = el('ol', {class: 'claims'});
    for (const c of a.claims || []) {
      const srcEntity = c.source && c.source.entity_id ? byId[c.source.entity_id] : null;
      const src = srcEntity ? entityLink({id: srcEntity.id, name: srcEntity.name, type: srcEntity.type})
        : el('span', {class: 'claim-source'}, c.source ? c.source.label : 'unattributed');
      const outer = c.reported_by ? claimById[c.reported_by] : null;
      list.appendChild(el('li', {id: 'claim-' + c.id, class: lowClaim(c) ? 'low-confidence' : null,
        title: c.confidence != null ? 'confidence ' + c.confidence.toFixed(2) : null},
        src, c.source && !c.source.entity_id ? groupTag(c.source.countries) : null, ' ', el('span', {class: 'claim-cue'}, c.cue ? c.cue.text : ''), ' ',
        badge(c.stance, 'stance-' + c.stance), c.channel ? ' (' + c.channel + ')' : '',
        outer ? reportedByTag(outer.source ? outer.source.label : null, outer.source ? outer.source.entity_id : null) : null,
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

  /** A participant or place: its entity's name where its words name no one ("they"), else its words. */
  function argText(x, byId) {
    if (!x) return null;
    const shown = x.label || x.text;
    if (x.entity_id && byId[x.entity_id]) {
      const e = byId[x.entity_id];
      return el('a', {href: entityHref(e.id), class: 'ent ent-' + e.type.toLowerCase(),
        title: shown === x.text ? null : 'in the text: “' + x.text + '”'}, shown);
    }
    return document.createTextNode(shown);
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

  async function articlePage(id, params) {
    const a = await api('/api/articles/' + encodeURIComponent(id));
    title(a.headline);
    clear(main);
    main.appendChild(articleView(a, true));
    if (params && params.get('fact')) showSentence(a, params.get('fact'));
    rendered('article');
  }

  // ---- Entity ---------------------------------------------------------------------------------------------

  const toDay = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;
  /** Timeline entries per page: enough to read, few enough to draw at once. */
  const TIMELINE_PAGE = 100;
  /** Rows of bars on the time axis at most; what does not fit is in the list below it. */
  const MAX_LANES = 30;
  /** Pixels at least between two labels of the time axis. */
  const LABEL_GAP = 12;

  /** The width of {text} in the page's font at {px} pixels, measured (so that labels are placed, not guessed). */
  function textWidth(text, px) {
    const ctx = textWidth.ctx || (textWidth.ctx = document.createElement('canvas').getContext('2d'));
    ctx.font = px + 'px ' + getComputedStyle(main).fontFamily;
    return ctx.measureText(text).width;
  }

  /**
   * The days the axis shows: from the first to the last item, except items far from the others (beyond three
   * interquartile ranges, at least a month, from the middle half: "1912" among dates of 1986–87), which the list
   * still has; a little margin on each side.
   */
  function axisRange(dated) {
    const begins = dated.map((x) => toDay(x.begin)).sort((p, q) => p - q);
    const at = (f) => begins[Math.min(begins.length - 1, Math.floor(f * (begins.length - 1)))];
    const fence = Math.max(30, 3 * (at(0.75) - at(0.25)));
    const inside = dated.filter((x) => toDay(x.begin) >= at(0.25) - fence && toDay(x.begin) <= at(0.75) + fence);
    let lo = Math.min(...inside.map((x) => toDay(x.begin)));
    let hi = Math.max(...inside.map((x) => Math.max(toDay(x.begin) + 1, toDay(x.end || x.begin))));
    const margin = Math.max(1, Math.round((hi - lo) * 0.03));
    return {lo: lo - margin, hi: hi + margin, inside, outside: dated.length - inside.length};
  }

  /** The years of the items left off the axis: up to five, else the first and the last. */
  function farYears(all, shown) {
    const kept = new Set(shown);
    const years = [...new Set(all.filter((it) => !kept.has(it)).map((it) => it.begin.slice(0, 4)))];
    return years.length <= 5 ? years.join(', ') : years[0] + ' … ' + years[years.length - 1];
  }

  /** Ticks for [lo, hi] days: the finest of days, weeks, months or years that leaves room for their labels. */
  function axisTicks(lo, hi, width) {
    const DAYS = [1, 2, 7, 14];
    const MONTHS = [1, 3, 6];
    const YEARS = [1, 2, 5, 10, 20, 50, 100, 200, 500];
    const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
    // days as MM-DD (the first labelled one with its year), months as YYYY-MM, years as YYYY
    const steps = DAYS.map((n) => ({unit: 'day', n, label: (d) => iso(d).slice(5)}))
      .concat(MONTHS.map((n) => ({unit: 'month', n, label: (d) => iso(d).slice(0, 7)})))
      .concat(YEARS.map((n) => ({unit: 'year', n, label: (d) => iso(d).slice(0, 4)})));
    for (const step of steps) {
      // labels of one unit are about as wide as each other: a step too fine for them is not even listed
      const days = step.unit === 'day' ? step.n : step.unit === 'month' ? 30.4 * step.n : 365.25 * step.n;
      if (width / (hi - lo) * days < textWidth(step.label(lo), 12) + LABEL_GAP) continue;
      const ticks = [];
      const start = new Date(lo * DAY);
      if (step.unit === 'day') {
        for (let d = Math.ceil(lo); d <= hi; d++) {
          // every day, every other day of the month, each Monday, or the 1st and the 15th
          const date = new Date(d * DAY);
          const keep = step.n === 7 ? date.getUTCDay() === 1 : step.n === 14 ? [1, 15].includes(date.getUTCDate())
            : (date.getUTCDate() - 1) % step.n === 0;
          if (keep) ticks.push(d);
        }
      } else {
        const months = step.unit === 'month' ? step.n : 12 * step.n;
        let y = start.getUTCFullYear();
        let m = 0;
        if (step.unit === 'year') y = Math.floor(y / step.n) * step.n;
        for (let d = Date.UTC(y, m, 1) / DAY; d <= hi; m += months, d = Date.UTC(y, m, 1) / DAY) {
          if (d >= lo) ticks.push(d);
        }
      }
      return {ticks, label: step.label};
    }
    return {ticks: [], label: iso};
  }

  /** Timeline items on an SVG axis by resolved date; each marker a link; the list below says the same in words. */
  function timelineSvg(items) {
    // placed on lanes from left to right: the earliest first, whatever order the list below has
    const all = items.filter((x) => x.begin).sort((p, q) => p.begin.localeCompare(q.begin));
    if (!all.length) return el('p', {class: 'muted empty-timeline'}, 'Nothing dated yet.');
    const {lo, hi, inside: dated, outside} = axisRange(all);
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
      const x2 = Math.min(W - right, Math.max(x1 + 6, x(toDay(it.end || it.begin))));
      // events carry a label (type · modality) beside the bar: right of it, or left when it would leave the axis
      const times = count > 1 ? ' ×' + count : '';
      const label = it.kind === 'event' ? it.type.toLowerCase() + ' · ' + it.modality + times : (times || null);
      const lw = label ? textWidth(label, 12) + 6 : 0;
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
    const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
    const g = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, class: 'timeline', role: 'group',
      'data-from': iso(lo), 'data-to': iso(hi),
      'aria-label': 'Timeline of ' + dated.length + ' dated items from ' + iso(lo) + ' to ' + iso(hi)});
    g.appendChild(svg('line', {x1: left, x2: W - right, y1: axisY, y2: axisY, class: 'axis'}));
    // the ticks' labels first, then the two ends' dates where they fit: a label is written only where it overlaps
    // nothing already written
    const taken = [];
    const free = (a, b) => a >= 0 && b <= W
      && taken.every(([p, q]) => b + LABEL_GAP / 2 <= p || a >= q + LABEL_GAP / 2);
    const {ticks, label} = axisTicks(lo, hi, W - left - right);
    let yearShown = false;
    for (const d of ticks) {
      const tx = x(d);
      g.appendChild(svg('line', {x1: tx, x2: tx, y1: axisY, y2: axisY + 5, class: 'tick'}));
      let text = label(d);
      if (text.length === 5 && !yearShown) text = iso(d); // the first day labelled says its year
      const w = textWidth(text, 12);
      if (!free(tx - w / 2, tx + w / 2)) continue;
      yearShown = true;
      taken.push([tx - w / 2, tx + w / 2]);
      g.appendChild(svg('text', {x: tx, y: axisY + 18, class: 'tick-label', 'text-anchor': 'middle'}, text));
    }
    for (const [d, anchor] of [[lo, 'start'], [hi, 'end']]) {
      const w = textWidth(iso(d), 12);
      const a = anchor === 'start' ? x(d) : x(d) - w;
      if (!free(a, a + w)) continue;
      taken.push([a, a + w]);
      g.appendChild(svg('text', {x: x(d), y: axisY + 18, class: 'tick-label end-label', 'text-anchor': anchor},
        iso(d)));
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
        (outside ? ' ' + plural(outside, 'item') + ' far from the others (' + farYears(all, dated) + ') ' +
          (outside === 1 ? 'is' : 'are') + ' left off the axis: see the list below.' : '') +
        (hidden ? ' ' + plural(hidden, 'more item') + ' did not fit on the axis: see the list below.' : '')));
  }

  function timelineList(items) {
    const list = el('ol', {class: 'timeline-list'});
    for (const it of items) {
      list.appendChild(el('li', {class: 'tl-entry kind-' + it.kind},
        el('time', {datetime: it.begin || null, class: 'when'}, it.begin ? when(it.begin, it.end)
          : it.relative ? 'undated: ' + it.relative : 'undated'),
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
      c.reported_by ? reportedByTag(c.reported_by.source_label, c.reported_by.source_entity_id) : null,
      el('blockquote', {class: 'claim-content'}, c.content_text),
      el('a', {href: articleHref(c.article_id), class: 'muted small'}, (c.claim.said ? when(c.claim.said, c.claim.said_until) : c.date || '') + ' · ' +
        (c.headline || 'article')))));
  }

  /** A dated statement of the timeline API as a timeline item. */
  function timeItem(t) {
    return {kind: 'time', begin: t.begin, end: t.end, value: t.value, relative: t.relative_text, label: t.snippet,
      headline: t.headline,
      href: articleHref(t.article_id)};
  }

  /** An event of the events API as a timeline item. */
  function eventItem(r) {
    const days = r.event.interval || {begin: null, end: null};
    return {kind: 'event', begin: days.begin, end: days.end, value: days.begin, type: r.event.type,
      modality: r.event.modality,
      claimedBy: r.claimed_by ? reportedBy(r.claimed_by.stance) + ' ' + (r.claimed_by.source_label || 'unattributed')
        + (!r.claimed_by.source_entity_id && r.claimed_by.source_countries.length
          ? ' [group: ' + r.claimed_by.source_countries.map((id) => id.slice(id.indexOf(':') + 1)).join(', ') + ']' : '')
        : null,
      label: r.sentence_text || r.trigger_text, headline: r.headline, href: articleHref(r.article_id),
      fromArticleDate: r.event.time_from_article_date};
  }

  /**
   * Pages of several sources that each list their items newest first (undated last), merged into one list newest
   * first: a page takes the newest items of the sources' heads, fetching more from a source as its head runs out.
   * Each source: {fetch(offset, limit) → Promise of {total, items}}.
   */
  function mergedPages(sources) {
    const state = sources.map((s) => ({fetch: s.fetch, offset: 0, total: null, buffer: []}));
    const key = (it) => it.begin || '';
    return {
      total: () => state.reduce((n, s) => n + (s.total || 0), 0),
      async next(n) {
        await Promise.all(state.map(async (s) => {
          if (s.buffer.length >= n || (s.total !== null && s.offset >= s.total)) return;
          const r = await s.fetch(s.offset, Math.max(n, TIMELINE_PAGE));
          s.total = r.total;
          s.offset += r.items.length;
          s.buffer.push(...r.items);
          if (!r.items.length) s.total = s.offset;
        }));
        const out = [];
        while (out.length < n) {
          let best = null;
          for (const s of state) {
            if (s.buffer.length && (!best || key(s.buffer[0]) > key(best.buffer[0]))) best = s;
          }
          if (!best) break;
          out.push(best.buffer.shift());
        }
        return out;
      },
    };
  }

  /**
   * A list a page at a time: the first page now, then "Show the next N" until all {total} are shown.
   * {fetch(offset, limit)} gives {total (null when unknown: more is offered while pages come full), items};
   * {render(items)} a node for some items, appended below the ones shown.
   */
  async function pagedList(id, page, fetch, render, emptyText) {
    const box = el('div', {class: 'paged', id});
    const more = el('p', {class: 'pager muted small'});
    let shown = 0;
    const load = async () => {
      const r = await fetch(shown, page);
      if (r.items.length) box.appendChild(render(r.items));
      shown += r.items.length;
      const total = r.total === null ? (r.items.length < page ? shown : null) : r.total;
      clear(more);
      if (!shown) {
        more.appendChild(document.createTextNode(emptyText));
        return;
      }
      if (total !== null && shown >= total) {
        if (total > page) more.appendChild(document.createTextNode('All ' + total + ' shown.'));
        return;
      }
      const left = total === null ? null : total - shown;
      const button = el('button', {type: 'button', class: 'next-page'}, 'Show the next ' +
        (left === null ? page : Math.min(page, left)));
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          await load();
        } catch (e) {
          append(more, [' ', el('span', {class: 'error', role: 'alert'}, e.message)]);
        }
      });
      append(more, [(total === null ? 'The first ' + shown + '. ' : shown + ' of ' + total + ' shown. '), button]);
    };
    await load();
    return el('div', {class: 'paged-list'}, box, more);
  }

  /** One event of the entity's board: its level, story, counts, and who stands where. */
  function entityBoardItem(x, names) {
    const r = x.row;
    const who = (key, label) => {
      const named = r[key].filter((s) => s.named);
      return named.length ? el('span', {class: 'board-who'}, label + ': ',
        joinNodes(named.map((s) => entityIdLinkOrWords(s.source_key, names)))) : null;
    };
    const parts = [who('asserts', 'Asserts'), who('believes', 'Believes'), who('denies', 'Denies'),
      who('not_confirmed', 'Has not confirmed')].filter(Boolean);
    return el('li', {class: 'entity-board-item level-' + r.level, 'data-level': r.level,
      'data-instance': r.instance_id},
      r.type ? [badge(r.type.toLowerCase(), 'type'), ' '] : null, el('q', {class: 'trigger'}, r.label), ' ',
      badge(LEVEL_WORDS[r.level] || r.level, 'level level-' + r.level),
      el('span', {class: 'small'}, ' · ' + plural(r.sources, 'independent source') + ', ' +
        plural(r.articles, 'article') + ', ' + plural(r.outlets, 'outlet') + ' · '),
      el('a', {href: storyHref(x.story.id), class: 'small'}, x.story.title || 'its story'),
      parts.length ? el('p', {class: 'small board-who-line'}, joinNodes(parts).map((n) => n === ', ' ? ' · ' : n))
        : null);
  }

  /** A source key of the board as a link (an entity) or words (an outlet's own account, an unnamed source). */
  function entityIdLinkOrWords(key, names) {
    if (key.startsWith('outlet:')) return document.createTextNode(key.slice(7));
    if (key === 'unnamed') return document.createTextNode('unnamed source');
    return entityIdLink(key, names);
  }

  /** Its most corroborated and most disputed events into {section}, when {answer} (a promise) comes. */
  async function entityBoard(section, answer) {
    let board;
    try {
      board = await answer;
    } catch (e) {
      section.querySelector('p').replaceWith(el('p', {class: 'error', role: 'alert'}, e.message));
      return;
    }
    const names = await entityNames(board.corroborated.concat(board.disputed).flatMap((x) =>
      BOARD_COLUMNS.flatMap(([k]) => x.row[k])).map((s) => s.source_key)
      .filter((k) => k.indexOf(':') > 0 && !k.startsWith('outlet:')), 40);
    section.querySelector('p').replaceWith(el('p', {class: 'muted small'}, 'From the boards of its ' +
      board.stories_read + ' largest stories (of ' + board.stories_total + '): ' + plural(board.events, 'event') +
      ' it takes part in.'));
    section.appendChild(el('div', {class: 'two'},
      el('section', {'aria-labelledby': 'corroborated-h', id: 'entity-corroborated'},
        el('h3', {id: 'corroborated-h'}, 'Most corroborated'), board.corroborated.length
          ? el('ol', {class: 'entity-board'}, board.corroborated.map((x) => entityBoardItem(x, names)))
          : el('p', {class: 'muted'}, 'None asserted by a named source.')),
      el('section', {'aria-labelledby': 'disputed-h', id: 'entity-disputed'},
        el('h3', {id: 'disputed-h'}, 'Most disputed'), board.disputed.length
          ? el('ol', {class: 'entity-board'}, board.disputed.map((x) => entityBoardItem(x, names)))
          : el('p', {class: 'muted'}, 'None denied or unconfirmed by a named source.'))));
  }

  /** Entries of the timeline per request, and items of the other lists of the entity page per page. */
  const ENTITY_PAGE = 10;

  async function entityPage(id) {
    const enc = encodeURIComponent(id);
    const info = await api('/api/entities/' + enc);
    const e = info.entity;
    const eid = encodeURIComponent(e.id);
    // the timeline: dated statements that name it and events it takes part in, the latest first, merged
    const timeline = mergedPages([
      {fetch: (offset, limit) => api('/api/timeline?' + query({entity: e.id, order: 'newest', offset, limit}))
        .then((r) => ({total: r.total, items: r.entries.map(timeItem)}))},
      {fetch: (offset, limit) => api('/api/events?' + query({entity: e.id, order: 'newest', offset, limit}))
        .then((r) => ({total: r.total, items: r.events.map(eventItem)}))}]);
    const claimsOf = (param) => (offset, limit) => api('/api/claims?' + query({[param]: e.id, offset, limit}))
      .then((r) => ({total: r.total, items: r.claims}));
    // the boards of its stories take longest to read: the page is drawn without them, they fill their place
    const boardAnswer = api('/api/entities/' + eid + '/board?limit=5');
    boardAnswer.catch(() => {});
    const [items, made, about, stories] = await Promise.all([timeline.next(TIMELINE_PAGE),
      claimsOf('source')(0, 1), claimsOf('about')(0, 1), api('/api/stories?limit=' + ENTITY_STORIES + '&about=' + eid)]);
    title(e.name);
    const total = timeline.total();
    const tlHeading = el('h2', {id: 'tl-h'}, 'Timeline (' + total + ')');
    const more = el('p', {class: 'muted', id: 'timeline-more'});
    const drawTimeline = () => {
      const section = main.querySelector('#timeline');
      section.querySelector('.timeline-figure, .empty-timeline').replaceWith(timelineSvg(items));
      section.querySelector('.timeline-list').replaceWith(timelineList(items));
    };
    const showMore = () => {
      clear(more);
      if (!total) return;
      append(more, ['The latest ' + items.length + ' of ' + total + ' (dated statements that name it and events' +
        ' it takes part in), the latest first. ']);
      if (items.length >= total) return;
      const button = el('button', {type: 'button', id: 'timeline-next'}, 'Show the next ' +
        Math.min(TIMELINE_PAGE, total - items.length));
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          items.push(...await timeline.next(TIMELINE_PAGE));
          drawTimeline();
          showMore();
        } catch (err) {
          append(more, [el('span', {class: 'error', role: 'alert'}, err.message)]);
        }
      });
      more.appendChild(button);
    };
    showMore();
    const card = (list) => claimCards(list, '');
    const [madeList, aboutList, relList, storyPages] = await Promise.all([
      pagedList('claims-made', ENTITY_PAGE, claimsOf('source'), card, 'None stored.'),
      pagedList('claims-about', ENTITY_PAGE, claimsOf('about'), card, 'None stored.'),
      pagedList('related-list', ENTITY_PAGE * 2, (offset, limit) => api('/api/entities/' + eid + '/related?limit=' +
        Math.min(200, offset + limit)).then((r) => ({total: r.related.length < offset + limit || offset + limit >= 200
        ? r.related.length : null, items: r.related.slice(offset)})),
      (list) => el('ol', {class: 'related', start: 1}, list.map((x) => el('li', {},
        entityLink({id: x.entity.id, name: x.entity.name, type: x.entity.type}),
        el('span', {class: 'muted'}, ' ' + plural(x.sentences, 'sentence') + ' together, ' +
          plural(x.articles, 'article'))))), 'Nobody yet.'),
      pagedList('story-pages', ENTITY_STORIES, (offset, limit) => offset === 0 ? Promise.resolve(
        {total: stories.total, items: stories.stories}) : api('/api/stories?' + query({about: e.id, offset, limit}))
        .then((r) => ({total: r.total, items: r.stories})), (list) => storyList(list, ''), 'No story names it yet.')]);
    // the counts, each the total its section below shows
    const counts = [[plural(info.articles, 'article') + ', ' + plural(info.mentions, 'mention'), null],
      [plural(stories.total, 'story').replace('storys', 'stories'), '#entity-stories'],
      [plural(total, 'timeline entry').replace('entrys', 'entries'), '#timeline'],
      [plural(made.total, 'claim') + ' made', '#made-h'], [plural(about.total, 'claim') + ' about it', '#about-h']];
    clear(main);
    main.appendChild(el('div', {class: 'entity-page'},
      el('header', {},
        el('h1', {id: 'entity-name'}, e.name),
        el('p', {class: 'meta'}, badge(e.type.toLowerCase(), 'ent ent-' + e.type.toLowerCase()),
          el('code', {}, e.id), e.country ? el('span', {}, 'country ' + e.country) : null),
        el('ul', {class: 'entity-counts', id: 'entity-counts'}, counts.map(([text, href]) => el('li', {},
          href ? el('a', {href: '#/entity/' + eid, 'data-jump': href}, text) : text))),
        e.aliases.length ? el('p', {class: 'aliases'}, 'Also: ', e.aliases.join(' · ')) : null,
        info.place ? el('p', {class: 'place-point', id: 'entity-place'}, 'On the map: ' + info.place.name +
          (info.place.country ? ', ' + info.place.country : '') + ' (' + info.place.lat.toFixed(2) + ', ' +
          info.place.lon.toFixed(2) + ')') : null),
      el('section', {'aria-labelledby': 'entity-board-h', id: 'entity-board'},
        el('h2', {id: 'entity-board-h'}, 'Its events: the most corroborated, the most disputed'),
        el('p', {class: 'muted small'}, 'Reading the boards of its largest stories…')),
      el('div', {class: 'two'},
        el('section', {'aria-labelledby': 'made-h'}, el('h2', {id: 'made-h'}, 'Claims it made (' + made.total + ')'),
          madeList),
        el('section', {'aria-labelledby': 'about-h'}, el('h2', {id: 'about-h'}, 'Claims about it (' + about.total +
          ')'), aboutList)),
      el('section', {'aria-labelledby': 'rel-h', id: 'related'}, el('h2', {id: 'rel-h'}, 'Appears with most'),
        relList),
      el('section', {'aria-labelledby': 'stories-h', id: 'entity-stories'}, el('h2', {id: 'stories-h'},
        'Stories that name it (' + stories.total + ')'), storyPages),
      el('section', {'aria-labelledby': 'map-h', id: 'map'}, el('h2', {id: 'map-h'},
        info.place ? 'What happened there, and what it did' : 'Where its events happened'),
        el('div', {class: 'map-box', id: 'entity-map'}, el('p', {class: 'muted'}, 'Drawing the map…'))),
      el('section', {'aria-labelledby': 'tl-h', id: 'timeline'}, tlHeading, more, timelineSvg(items),
        timelineList(items))));
    // the counts lead to their sections without changing the route
    for (const a of main.querySelectorAll('[data-jump]')) {
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        const target = main.querySelector(a.getAttribute('data-jump'));
        if (target) target.scrollIntoView();
      });
    }
    await Promise.all([entityBoard(main.querySelector('#entity-board'), boardAnswer),
      mapInto(main.querySelector('#entity-map'), {entity: e.id, focus: info.place})]);
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

  /** The first names of a long list and how many more: a wire story carried by 150 outlets stays one line. */
  function someOf(names) {
    const shown = 12;
    return names.length <= shown ? names.join(', ')
      : names.slice(0, shown).join(', ') + ' and ' + (names.length - shown) + ' more';
  }

  /** What a story's size and reach are, in words: "12 articles · 2 outlets: A, B · dates" (nothing empty). */
  function storyMeta(st) {
    return el('p', {class: 'meta'},
      el('span', {class: 'story-size'}, plural(st.articles, 'article')),
      st.outlets.length ? el('span', {}, plural(st.outlets.length, 'outlet') + ': ' + someOf(st.outlets)) : null,
      st.first_date ? el('span', {}, dateSpan(st.first_date, st.last_date)) : null,
      st.undated ? el('span', {class: 'muted'}, (st.undated === st.articles ? 'all undated' : st.undated +
        ' undated') + ' (joined by content only)') : null);
  }

  /** The names the stories API gives a story's entities, as {entityIdLink} reads them. */
  function storyNames(st) {
    const names = new Map();
    (st.entity_names || []).forEach((name, i) => {
      const id = st.entities[i];
      if (name && name !== id) {
        names.set(id, {id, name, type: {person: 'PERSON', org: 'ORGANIZATION', country: 'COUNTRY',
          place: 'PLACE', group: 'GROUP'}[id.slice(0, id.indexOf(':'))] || 'MISC'});
      }
    });
    return names;
  }

  function storyList(stories, emptyText) {
    if (!stories.length) return el('p', {class: 'muted'}, emptyText);
    return el('ol', {class: 'stories'}, stories.map((st) => el('li', {class: 'story-item', 'data-story': st.id},
      el('h3', {}, el('a', {href: storyHref(st.id)}, st.title || '(no headline)')),
      storyMeta(st),
      st.entities.length ? el('p', {class: 'small story-entities'},
        joinNodes(st.entities.slice(0, 8).map((id) => entityIdLink(id, storyNames(st))))) : null)));
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
    const [d, board] = await Promise.all([api('/api/stories/' + encodeURIComponent(id)),
      api('/api/stories/' + encodeURIComponent(id) + '/board')]);
    const st = d.story;
    const ids = st.entities.concat(...d.events.map((e) => e.actors.concat(e.recipients, e.location ? [e.location] : [])),
      d.claims.map((c) => c.source_key).filter((k) => k.indexOf(':') > 0 && !k.startsWith('group:')));
    // the board's sources first: they are few, and named on it
    const boardIds = board.events.concat(board.claims).flatMap((r) => BOARD_COLUMNS.flatMap(([k]) => r[k]))
      .map((s) => s.source_key).filter((k) => k.indexOf(':') > 0 && !k.startsWith('outlet:'));
    const names = await entityNames(boardIds.concat(ids), 80);
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
      el('section', {'aria-labelledby': 'story-board-h', id: 'story-board'},
        el('h2', {id: 'story-board-h'}, 'Who confirms, who denies'), storyBoard(board, names)),
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

  // ---- Story board: who confirms, who denies -------------------------------------------------------------

  /** The board's levels, in the order the filter offers them, with their words. */
  const LEVELS = [['disputed', 'Disputed'], ['denied', 'Denied'], ['corroborated', 'Corroborated'],
    ['single_source', 'Single source'], ['unconfirmed', 'Unconfirmed']];
  const LEVEL_WORDS = Object.fromEntries(LEVELS);
  /** The board's columns: the API's field and its heading. */
  const BOARD_COLUMNS = [['asserts', 'Asserts'], ['believes', 'Believes or hedges'], ['denies', 'Denies'],
    ['not_confirmed', 'Has not confirmed']];
  /** Rows of the board shown before "Show the next N". */
  const BOARD_PAGE = 12;
  /** Reports shown per source before "N more reports", and the characters of a sentence shown before "…". */
  const BOARD_REPORTS = 2;
  const REPORT_CHARS = 160;

  /** A link to a report's sentence on its article's page. */
  const sentenceHref = (r) => articleHref(r.article_id) + '?' + query({fact: r.fact_id, sentence: r.sentence});

  /** A source on the board: the entity (or outlet, or "unnamed source") and, when they differ, its own words. */
  function boardSourceName(s, names) {
    if (s.source_key === 'unnamed') return el('span', {class: 'claim-source'}, 'unnamed source');
    if (s.source_key.startsWith('outlet:')) {
      return el('span', {class: 'claim-source'}, s.source_key.slice(7), el('span', {class: 'muted small'}, ' (own account)'));
    }
    const link = entityIdLink(s.source_key, names);
    return s.source && s.source !== link.textContent ? [link, el('span', {class: 'muted small'}, ' “' + s.source + '”')]
      : link;
  }

  function boardSource(s, names) {
    // the same sentence in several articles (a copy, a wire text rerun) is one line, linked to its first article
    const copies = new Map();
    const reports = s.reports.filter((r) => {
      if (copies.has(r.text)) {
        copies.get(r.text).add(r.article_id);
        return false;
      }
      copies.set(r.text, new Set([r.article_id]));
      return true;
    });
    return el('li', {class: 'board-source' + (s.named ? '' : ' unnamed'), 'data-source': s.source_key},
      boardSourceName(s, names),
      el('span', {class: 'muted small'}, ' · ' + plural(s.articles, 'article') + ', ' + plural(s.outlets, 'outlet')),
      firstThenMore(reports.map((r) => el('li', {},
        el('a', {href: sentenceHref(r), class: 'board-report', 'data-article': r.article_id, 'data-sentence': r.text,
          title: r.text.length > REPORT_CHARS ? r.text : 'the sentence in its article'},
        '“' + clip(r.text, REPORT_CHARS) + '”'),
        el('span', {class: 'muted small'}, ' ' + [r.outlet, r.date, r.stance !== 'asserted' ? r.stance : null,
          r.channel, r.carrier ? 'carried by ' + r.carrier : null,
          copies.get(r.text).size > 1 ? 'in ' + copies.get(r.text).size + ' articles' : null]
          .filter(Boolean).join(' · ')))), BOARD_REPORTS,
      (part) => el('ul', {class: 'board-reports'}, part), 'report'));
  }

  /** The first {n} characters of {text}, cut at a word, with "…" when cut. */
  function clip(text, n) {
    if (text.length <= n) return text;
    const cut = text.slice(0, n);
    return cut.slice(0, Math.max(cut.lastIndexOf(' '), n / 2)) + '…';
  }

  function boardRow(row, names) {
    const counts = plural(row.sources, 'independent source') + (row.carriers ? ' (carried by ' +
      plural(row.carriers, 'carrier') + ')' : '') + ' · ' + plural(row.articles, 'article') + ', ' +
      plural(row.outlets, 'outlet') + (row.republications ? ' (+' + row.republications +
        ' republished, counted once)' : '');
    return el('article', {class: 'board-row level-' + row.level, 'data-level': row.level,
      'data-instance': row.instance_id},
      el('h3', {}, row.type ? [badge(row.type.toLowerCase(), 'type'), ' '] : null,
        el('q', {class: row.type ? 'trigger' : 'claim-content'}, row.label), ' ',
        badge(LEVEL_WORDS[row.level] || row.level, 'level level-' + row.level)),
      el('p', {class: 'board-counts small'}, counts),
      row.reasons.length ? el('ul', {class: 'board-reasons small'}, row.reasons.map((r) => el('li', {}, r))) : null,
      el('div', {class: 'columns'}, BOARD_COLUMNS.map(([key, label]) => el('div', {class: 'col col-' + key +
        (row[key].length ? '' : ' empty')},
        el('h4', {}, label + ' (' + row[key].length + ')'),
        row[key].length ? el('ul', {}, row[key].map((s) => boardSource(s, names))) : el('p', {class: 'muted'}, '—')))));
  }

  /** Rows a page at a time: the first {BOARD_PAGE} of those the filter lets through, then a "next" button. */
  function boardList(given, names, what, id) {
    // what is contested first, then the best corroborated; within a level, the API's order (the most reported first)
    const rank = (r) => LEVELS.findIndex(([l]) => l === r.level);
    const rows = given.map((r, i) => [r, i]).sort((p, q) => rank(p[0]) - rank(q[0]) ||
      (p[0].level === 'corroborated' ? q[0].sources - p[0].sources : 0) || p[1] - q[1]).map(([r]) => r);
    const box = el('div', {class: 'board-list', id});
    const more = el('p', {class: 'pager'});
    let keep = () => true;
    let shown = BOARD_PAGE;
    const draw = () => {
      clear(box);
      const kept = rows.filter(keep);
      append(box, kept.slice(0, shown).map((r) => boardRow(r, names)));
      if (!kept.length) box.appendChild(el('p', {class: 'muted'}, 'No ' + what + 's of this choice.'));
      clear(more);
      if (kept.length > shown) {
        const next = el('button', {type: 'button', class: 'board-next'}, 'Show the next ' +
          Math.min(BOARD_PAGE, kept.length - shown) + ' of ' + (kept.length - shown) + ' more ' + what + 's');
        next.addEventListener('click', () => {
          shown += BOARD_PAGE;
          draw();
        });
        more.appendChild(next);
      }
    };
    draw();
    return {node: [box, more], filter: (predicate) => {
      keep = predicate;
      shown = BOARD_PAGE;
      draw();
    }};
  }

  /** The words of a contradiction's kind. */
  const CONTRADICTION_WORDS = {number: 'Numbers disagree', date: 'Dates disagree',
    changed_account: 'A source changed its account'};

  /** Where the story's reports disagree: each side's source, date, words, linked to its sentence. */
  function contradictions(list, names) {
    if (!list || !list.length) return null;
    const side = (x) => el('li', {class: 'contradiction-side', 'data-source': x.source_key},
      boardSourceName(x, names), ' ', el('strong', {class: 'says'}, '“' + (x.says || '') + '”'),
      el('span', {class: 'muted small'}, ' ' + [x.report.outlet, x.report.date || 'undated',
        x.report.carrier ? 'carried by ' + x.report.carrier : null].filter(Boolean).join(' · ') + ' '),
      el('a', {href: sentenceHref(x.report), class: 'board-report', 'data-article': x.report.article_id,
        'data-sentence': x.report.text, title: x.report.text}, '“' + clip(x.report.text, REPORT_CHARS) + '”'));
    return el('section', {class: 'contradictions', 'aria-labelledby': 'contradictions-h', id: 'contradictions'},
      el('h3', {id: 'contradictions-h'}, 'Contradictions (' + list.length + ')'),
      el('ol', {}, list.map((c) => el('li', {class: 'contradiction kind-' + c.kind, 'data-kind': c.kind,
        'data-instance': c.instance_id},
        el('p', {}, badge(CONTRADICTION_WORDS[c.kind] || c.kind, 'level level-disputed'), ' ',
          c.type ? [badge(c.type.toLowerCase(), 'type'), ' '] : null, el('q', {}, c.label)),
        el('ul', {class: 'contradiction-sides'}, [side(c.first), side(c.second)])))));
  }

  /** The board of a story: the levels on top with a filter, then its events and its central claims. */
  function storyBoard(b, names) {
    const all = b.events.concat(b.claims);
    if (!all.length) return el('p', {class: 'muted'}, 'Nothing on the board: no events or claims found.');
    const events = boardList(b.events, names, 'event', 'board-events');
    const claims = boardList(b.claims, names, 'claim', 'board-claims');
    const filter = el('div', {class: 'board-filter', role: 'group', 'aria-label': 'Show by level'});
    const buttons = [];
    // the choice: a level, a source (in any column), an event type; each row must fit all three
    const chosen = {level: null, source: '', type: ''};
    const sourcesOf = (r) => BOARD_COLUMNS.flatMap(([k]) => r[k]).filter((x) => x.named).map((x) => x.source_key);
    const apply = () => {
      const keep = (r) => (!chosen.level || r.level === chosen.level) &&
        (!chosen.source || sourcesOf(r).includes(chosen.source)) && (!chosen.type || r.type === chosen.type);
      events.filter(keep);
      claims.filter((r) => !chosen.type && keep(r));
    };
    const choose = (level, button) => {
      for (const x of buttons) x.setAttribute('aria-pressed', String(x === button));
      chosen.level = level;
      apply();
    };
    const bySource = new Map();
    for (const r of all) for (const k of new Set(sourcesOf(r))) bySource.set(k, (bySource.get(k) || 0) + 1);
    const sourceName = (k) => k.startsWith('outlet:') ? k.slice(7) + ' (own account)'
      : (names.get(k) ? names.get(k).name : idWords(k));
    const sourceSelect = el('select', {id: 'board-source', 'aria-label': 'Only the rows of a source'},
      el('option', {value: ''}, 'any source'), [...bySource.entries()].sort((p, q) => q[1] - p[1])
        .map(([k, n]) => el('option', {value: k}, sourceName(k) + ' (' + n + ')')));
    sourceSelect.addEventListener('change', () => {
      chosen.source = sourceSelect.value;
      apply();
    });
    const types = [...new Set(b.events.map((r) => r.type).filter(Boolean))].sort();
    const typeSelect = el('select', {id: 'board-type', 'aria-label': 'Only the events of a type'},
      el('option', {value: ''}, 'any event type'), types.map((t) => el('option', {value: t}, t.toLowerCase())));
    typeSelect.addEventListener('change', () => {
      chosen.type = typeSelect.value;
      apply();
    });
    const count = (l) => all.filter((r) => !l || r.level === l).length;
    for (const [level, label] of [[null, 'All']].concat(LEVELS)) {
      const n = count(level);
      const button = el('button', {type: 'button', class: 'level-filter' + (level ? ' level-' + level : ''),
        'data-level': level || 'all', 'aria-pressed': String(!level), disabled: n === 0}, label + ' (' + n + ')');
      button.addEventListener('click', () => choose(level, button));
      buttons.push(button);
      filter.appendChild(button);
    }
    append(filter, [sourceSelect, typeSelect]);
    return [el('p', {class: 'muted small'}, 'Each event and claim of the story: the sources that assert it, ' +
      'believe or hedge it, deny it or have not confirmed it, each report linked to its sentence. Independent ' +
      'sources count once however many reports; an outlet counts once per republication; an unnamed source never ' +
      'counts; a source cited by another ("Yonhap, citing the NIS") counts, its carrier is shown.'),
    contradictions(b.contradictions, names), filter,
    el('h3', {id: 'board-events-h'}, 'Events (' + b.events.length + ')'), events.node,
    el('h3', {id: 'board-claims-h'}, 'Claims (' + b.claims.length + ')'), claims.node];
  }

  /** Highlights the sentence of a board report on the article page ({fact} an event or claim id there). */
  function showSentence(a, factId) {
    const ev = (a.events || []).find((e) => e.id === factId);
    const cl = (a.claims || []).find((c) => c.id === factId);
    const span = ev ? ev.trigger : cl ? (cl.cue || cl.source || (cl.content && cl.content.spans[0])) : null;
    if (!span) return;
    const text = a.text;
    // the sentence around the words: from after the last ". X" or line break before, to the next ". " or line break
    let b = span.begin;
    while (b > 0 && text[b - 1] !== '\n' && !(b >= 2 && text[b - 1] === ' ' && '.!?'.includes(text[b - 2]) &&
      /[A-Z"“]/.test(text[b] || ''))) b--;
    let e = span.end;
    while (e < text.length && text[e] !== '\n' && !('.!?'.includes(text[e]) && /[\s"”]/.test(text[e + 1] || ' '))) e++;
    e = Math.min(text.length, e + 1);
    const marks = markRange(main.querySelector('.article .body'), a, b, e);
    if (marks.length) {
      marks[0].id = 'target-sentence';
      marks[0].scrollIntoView({block: 'center'});
    }
  }

  /** Wraps the text [b, e) of the rendered body in <mark class="target-sentence">, piece by piece. */
  function markRange(body, a, b, e) {
    const paragraphs = a.paragraphs && a.paragraphs.length ? a.paragraphs : [[0, a.text.length]];
    const marks = [];
    [...body.querySelectorAll(':scope > p')].forEach((p, i) => {
      if (!paragraphs[i]) return;
      let pos = paragraphs[i][0];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      for (const n of nodes) {
        const from = pos;
        const to = pos + n.data.length;
        pos = to;
        const lo = Math.max(from, b);
        const hi = Math.min(to, e);
        if (lo >= hi) continue;
        const range = document.createRange();
        range.setStart(n, lo - from);
        range.setEnd(n, hi - from);
        const m = el('mark', {class: 'target-sentence'});
        range.surroundContents(m);
        marks.push(m);
      }
    });
    return marks;
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
      if (page === 'article' && arg) await articlePage(arg, params);
      else if (page === 'entity' && arg) await entityPage(arg);
      else if (page === 'story' && arg) await storyPage(arg);
      else if (page === 'stories') await storiesPage(params);
      else if (page === 'claims') await claimsPage();
      else if (page === 'analyze') analyzePage();
      else if ((page === 'watchlists' || page === 'trends') && window.newsgraphWatch) {
        await window.newsgraphWatch[page](main, params); // watch.js
      }
      else await searchPage(params);
      if (['article', 'entity', 'claims', 'story', 'stories', 'watchlists', 'trends'].includes(page)) {
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
