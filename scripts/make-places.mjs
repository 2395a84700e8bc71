// Builds newsgraph's place table (see scripts/make-places.sh, which fetches the inputs and runs this).
//
//   node scripts/make-places.mjs CITIES500 WORLD_COUNTRIES_JSON US_ATLAS_COUNTIES_JSON COUNTRIES_TSV > places.tsv
//
// Rows: every populated place of GeoNames' cities500 table; the countries of newsgraph's countries.tsv with the
// representative point of the world-countries package; the US states and counties (names and shapes from the US
// Census Bureau via us-atlas, point = area centroid of the largest polygon); the first-level divisions of Canada,
// the United Kingdom and Australia (names written here, with GeoNames' admin1 codes; point = area centroid of the
// largest polygon of its shape in the world-geojson package, like the US states, else the middle of the span of its
// towns). Deterministic: the same inputs give the same bytes.
import fs from 'node:fs';
import path from 'node:path';

const [citiesFile, worldCountriesFile, usAtlasFile, countriesTsv, statesFile, shapesDir] = process.argv.slice(2);
if (!shapesDir) {
  console.error('usage: node make-places.mjs CITIES500 WORLD_COUNTRIES_JSON US_ATLAS_COUNTIES_JSON COUNTRIES_TSV '
    + 'STATES_JSON WORLD_GEOJSON_DIR');
  process.exit(2);
}

// US states: name, postal code (GeoNames' admin1 code), Census FIPS code, AP-style abbreviation(s).
const US_STATES = [
  ['Alabama', 'AL', '01', 'Ala.'], ['Alaska', 'AK', '02', ''], ['Arizona', 'AZ', '04', 'Ariz.'],
  ['Arkansas', 'AR', '05', 'Ark.'], ['California', 'CA', '06', 'Calif.|Cal.'], ['Colorado', 'CO', '08', 'Colo.'],
  ['Connecticut', 'CT', '09', 'Conn.'], ['Delaware', 'DE', '10', 'Del.'], ['District of Columbia', 'DC', '11', 'D.C.'],
  ['Florida', 'FL', '12', 'Fla.'], ['Georgia', 'GA', '13', 'Ga.'], ['Hawaii', 'HI', '15', ''], ['Idaho', 'ID', '16', ''],
  ['Illinois', 'IL', '17', 'Ill.'], ['Indiana', 'IN', '18', 'Ind.'], ['Iowa', 'IA', '19', ''],
  ['Kansas', 'KS', '20', 'Kan.|Kans.'], ['Kentucky', 'KY', '21', 'Ky.'], ['Louisiana', 'LA', '22', 'La.'],
  ['Maine', 'ME', '23', ''], ['Maryland', 'MD', '24', 'Md.'], ['Massachusetts', 'MA', '25', 'Mass.'],
  ['Michigan', 'MI', '26', 'Mich.'], ['Minnesota', 'MN', '27', 'Minn.'], ['Mississippi', 'MS', '28', 'Miss.'],
  ['Missouri', 'MO', '29', 'Mo.'], ['Montana', 'MT', '30', 'Mont.'], ['Nebraska', 'NE', '31', 'Neb.|Nebr.'],
  ['Nevada', 'NV', '32', 'Nev.'], ['New Hampshire', 'NH', '33', 'N.H.'], ['New Jersey', 'NJ', '34', 'N.J.'],
  ['New Mexico', 'NM', '35', 'N.M.|N.Mex.'], ['New York', 'NY', '36', 'N.Y.'], ['North Carolina', 'NC', '37', 'N.C.'],
  ['North Dakota', 'ND', '38', 'N.D.|N.Dak.'], ['Ohio', 'OH', '39', ''], ['Oklahoma', 'OK', '40', 'Okla.'],
  ['Oregon', 'OR', '41', 'Ore.|Oreg.'], ['Pennsylvania', 'PA', '42', 'Pa.|Penn.'], ['Rhode Island', 'RI', '44', 'R.I.'],
  ['South Carolina', 'SC', '45', 'S.C.'], ['South Dakota', 'SD', '46', 'S.D.|S.Dak.'], ['Tennessee', 'TN', '47', 'Tenn.'],
  ['Texas', 'TX', '48', 'Tex.'], ['Utah', 'UT', '49', ''], ['Vermont', 'VT', '50', 'Vt.'],
  ['Virginia', 'VA', '51', 'Va.'], ['Washington', 'WA', '53', 'Wash.'], ['West Virginia', 'WV', '54', 'W.Va.|W. Va.'],
  ['Wisconsin', 'WI', '55', 'Wis.|Wisc.'], ['Wyoming', 'WY', '56', 'Wyo.'],
];
// A county-level division's word by state (Louisiana has parishes, Alaska boroughs); the rest are counties.
const COUNTY_WORD = { LA: 'Parish', AK: 'Borough' };
// First-level divisions named here with GeoNames' admin1 codes (checked against a town of each in cities500).
const OTHER_ADMIN1 = [
  ['CA', '01', 'Alberta', 'Alta.'], ['CA', '02', 'British Columbia', 'B.C.'], ['CA', '03', 'Manitoba', 'Man.'],
  ['CA', '04', 'New Brunswick', 'N.B.'], ['CA', '05', 'Newfoundland and Labrador', 'Newfoundland'],
  ['CA', '07', 'Nova Scotia', 'N.S.'], ['CA', '08', 'Ontario', 'Ont.'], ['CA', '09', 'Prince Edward Island', 'P.E.I.'],
  ['CA', '10', 'Quebec', 'Québec|Que.'], ['CA', '11', 'Saskatchewan', 'Sask.'], ['CA', '12', 'Yukon', ''],
  ['CA', '13', 'Northwest Territories', ''], ['CA', '14', 'Nunavut', ''],
  ['GB', 'ENG', 'England', ''], ['GB', 'SCT', 'Scotland', ''], ['GB', 'WLS', 'Wales', ''],
  ['GB', 'NIR', 'Northern Ireland', ''],
  ['AU', '01', 'Australian Capital Territory', 'ACT'], ['AU', '02', 'New South Wales', 'NSW'],
  ['AU', '03', 'Northern Territory', ''], ['AU', '04', 'Queensland', ''], ['AU', '05', 'South Australia', ''],
  ['AU', '06', 'Tasmania', ''], ['AU', '07', 'Victoria', ''], ['AU', '08', 'Western Australia', ''],
];

const clean = (s) => s.replace(/[\t\r\n|]/g, ' ').trim();
const fixed = (x) => (Math.round(x * 1e4) / 1e4).toFixed(4).replace(/\.?0+$/, '');

// countries.tsv: iso3 iso2 name aliases ...
const iso2to3 = new Map();
const countryRows = [];
for (const line of fs.readFileSync(countriesTsv, 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('iso3\t')) continue;
  const c = line.split('\t');
  iso2to3.set(c[1], c[0]);
  countryRows.push(c);
}
const latlng = new Map();
for (const c of JSON.parse(fs.readFileSync(worldCountriesFile, 'utf8'))) latlng.set(c.cca3, c.latlng);
// world-countries gives the CIA World Factbook's point for the United States (38N 97W, southern Kansas); maps and
// gazetteers usually centre the country on the middle of the contiguous states, near Lebanon, Kansas.
latlng.set('USA', [39.83, -98.58]);

// cities500: geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 population
const places = [];
const popByAdmin1 = new Map();
const popByAdmin2 = new Map();
const popByCountry = new Map();
const townsByAdmin1 = new Map();
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const iso3 = iso2to3.get(f[8]);
  if (!iso3) continue;
  const pop = Number(f[14]) || 0;
  const a1 = f[8] + '.' + f[10];
  popByAdmin1.set(a1, (popByAdmin1.get(a1) || 0) + pop);
  popByAdmin2.set(a1 + '.' + f[11], (popByAdmin2.get(a1 + '.' + f[11]) || 0) + pop);
  popByCountry.set(iso3, (popByCountry.get(iso3) || 0) + pop);
  if (!townsByAdmin1.has(a1)) townsByAdmin1.set(a1, []);
  townsByAdmin1.get(a1).push([Number(f[4]), Number(f[5])]);
  places.push({
    id: f[0], name: clean(f[1]), ascii: clean(f[2]), alternates: alternates(f, pop), lat: Number(f[4]),
    lon: Number(f[5]), feature: f[7] || 'PPL', country: iso3, admin1: f[10], admin2: f[11], population: pop,
  });
}

// Latin-script alternate names of towns of 50,000 people or more ("Kiev" for Kyiv); codes and one-letter words out.
function alternates(f, pop) {
  if (pop < 50000 || !f[3]) return '';
  const own = new Set([f[1].toLowerCase(), f[2].toLowerCase()]);
  const out = [];
  for (const a of f[3].split(',')) {
    const n = a.trim();
    if (n.length < 4 || n.length > 40 || n === n.toUpperCase() || !/^[\p{Script=Latin}][\p{Script=Latin} .'’-]*$/u.test(n)
      || /\d/.test(n) || own.has(n.toLowerCase())) continue;
    own.add(n.toLowerCase());
    out.push(n);
  }
  return out.slice(0, 12).join('|');
}

// TopoJSON: arcs are quantized and delta-encoded; a ring lists arc indices, ~i meaning arc i reversed.
const atlas = JSON.parse(fs.readFileSync(usAtlasFile, 'utf8'));
const [sx, sy] = atlas.transform.scale;
const [tx, ty] = atlas.transform.translate;
const arcs = atlas.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
});
function ring(indices) {
  const pts = [];
  for (const i of indices) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  return pts;
}
// Area centroid of the largest polygon (outer ring), in degrees.
function centroid(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  return largestCentroid(polygons.map((poly) => ring(poly[0])));
}

const rows = [];
for (const p of places) rows.push(p);
const stateByFips = new Map(US_STATES.map((s) => [s[2], s]));
for (const g of atlas.objects.states.geometries) {
  const s = stateByFips.get(g.id);
  const c = s && centroid(g);
  if (!c) continue;
  rows.push({ id: 'US.' + s[1], name: s[0], ascii: s[0], alternates: s[3], lat: c.lat, lon: c.lon, feature: 'ADM1',
    country: 'USA', admin1: s[1], admin2: '', population: popByAdmin1.get('US.' + s[1]) || 0 });
}
for (const g of atlas.objects.counties.geometries) {
  const s = stateByFips.get(g.id.slice(0, 2));
  const c = s && centroid(g);
  if (!c || !g.properties || !g.properties.name) continue;
  const base = clean(g.properties.name);
  // Virginia's independent cities are towns of the table already.
  if (s[1] === 'VA' && Number(g.id.slice(2)) >= 500) continue;
  const word = COUNTY_WORD[s[1]] || 'County';
  const name = word && !base.endsWith(word) ? base + ' ' + word : base;
  const admin2 = g.id.slice(2);
  rows.push({ id: 'US.' + s[1] + '.' + admin2, name, ascii: base, alternates: '', lat: c.lat, lon: c.lon,
    feature: 'ADM2', country: 'USA', admin1: s[1], admin2,
    population: popByAdmin2.get('US.' + s[1] + '.' + admin2) || 0 });
}
// Where world-geojson keeps the shapes of a country's first-level divisions (file: the name in lower case, '_' for
// spaces: "states/canada/ontario.json"). The middle of Ontario's towns lay 300 km south of GeoNames' point for the
// province, which is near the middle of its area; the centroid of the shape lies 130 km from it.
const SHAPES = { CA: 'states/canada', AU: 'states/australia', GB: 'areas/united_kingdom' };
function shapeCentroid(cc, name) {
  if (!SHAPES[cc]) return null;
  const file = path.join(shapesDir, SHAPES[cc], name.toLowerCase().replace(/ /g, '_') + '.json');
  if (!fs.existsSync(file)) return null;
  const polygons = [];
  const collect = (g) => {
    if (g.type === 'FeatureCollection') g.features.forEach((f) => collect(f.geometry));
    else if (g.type === 'Feature') collect(g.geometry);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(collect);
    else if (g.type === 'Polygon') polygons.push(g.coordinates[0]);
    else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => polygons.push(p[0]));
  };
  collect(JSON.parse(fs.readFileSync(file, 'utf8')));
  return largestCentroid(polygons);
}
// Area centroid of the largest of the outer rings ([lon, lat] points), in degrees.
function largestCentroid(rings) {
  let best = null;
  for (const pts of rings) {
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < pts.length - 1; i++) {
      const [x0, y0] = pts[i];
      const [x1, y1] = pts[i + 1];
      const k = x0 * y1 - x1 * y0;
      a += k;
      cx += (x0 + x1) * k;
      cy += (y0 + y1) * k;
    }
    if (a !== 0 && (!best || Math.abs(a) > Math.abs(best.a))) best = { a, lon: cx / (3 * a), lat: cy / (3 * a) };
  }
  return best;
}
// The middle of the span of a division's towns, leaving out the outer 2% on each side (islands, exclaves).
function middle(towns) {
  const lats = towns.map((t) => t[0]).sort((a, b) => a - b);
  const lons = towns.map((t) => t[1]).sort((a, b) => a - b);
  const k = Math.floor(towns.length * 0.02);
  return [(lats[k] + lats[lats.length - 1 - k]) / 2, (lons[k] + lons[lons.length - 1 - k]) / 2];
}
for (const [cc, code, name, alts] of OTHER_ADMIN1) {
  const towns = townsByAdmin1.get(cc + '.' + code);
  if (!towns) throw new Error('no towns in ' + cc + '.' + code + ' (' + name + ')');
  const shape = shapeCentroid(cc, name);
  const [lat, lon] = shape ? [shape.lat, shape.lon] : middle(towns);
  rows.push({ id: cc + '.' + code, name, ascii: name, alternates: alts, lat, lon, feature: 'ADM1',
    country: iso2to3.get(cc), admin1: code, admin2: '', population: popByAdmin1.get(cc + '.' + code) || 0 });
}
// The first-level divisions of the world (country-state-city's states, ISO 3166-2 codes): feature ADMD,
// as their codes are not GeoNames' admin1 codes and so say nothing of which towns lie in them. Left out: a division
// whose name is a division of its country above or a country ("Texas", "Ontario", "England", "Puerto Rico"), one
// whose point lies more than 100 km from every town of its country (a misplaced point), and one named after a town
// of its country within 100 km of its point ("Seoul", "Amman Governorate", "Kursk Oblast": the town stands for it).
// The name without its type word ("Helmand Province" → "Helmand") is an alternate. A division's people are those of
// the towns of its country that lie nearer to it than to the country's other divisions.
const known = new Set(rows.filter((r) => r.feature.startsWith('ADM')).map((r) => r.country + '|' + r.name));
const countryNames = new Set(countryRows.map((c) => c[2]));
const TYPE_WORD = / (Province|Region|District|Governorate|County|Oblast|Krai|Department|Prefecture|State|Municipality|Division|Parish|Canton|Voivodeship)$/;
const km = (a, b, c, d) => {
  const r = Math.PI / 180;
  const h = Math.sin((c - a) * r / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin((d - b) * r / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
};
const townsByCountry = new Map();
for (const p of places) {
  if (!townsByCountry.has(p.country)) townsByCountry.set(p.country, []);
  townsByCountry.get(p.country).push(p);
}
const divisionsByCountry = new Map();
for (const st of JSON.parse(fs.readFileSync(statesFile, 'utf8'))) {
  const iso3 = iso2to3.get(st.countryCode);
  const lat = Number(st.latitude);
  const lon = Number(st.longitude);
  const name = clean(st.name);
  if (!iso3 || known.has(iso3 + '|' + name) || countryNames.has(name) || !st.latitude || !st.longitude
    || !isFinite(lat) || !isFinite(lon)) {
    continue;
  }
  const core = name.replace(TYPE_WORD, '').replace(/^(Autonomous Republic of|Province of|Region of) /, '').trim();
  const towns = townsByCountry.get(iso3) || [];
  let nearest = Infinity;
  let namesake = false;
  for (const t of towns) {
    const d = km(lat, lon, t.lat, t.lon);
    nearest = Math.min(nearest, d);
    if (d <= 100 && (t.name === core || t.ascii === core || t.name === name || t.ascii === name)) namesake = true;
  }
  if (nearest > 100 || namesake) continue;
  if (!divisionsByCountry.has(iso3)) divisionsByCountry.set(iso3, []);
  divisionsByCountry.get(iso3).push({ id: st.countryCode + '-' + clean(st.isoCode), name, ascii: name,
    alternates: core !== name && core.length >= 3 ? core : '', lat, lon, feature: 'ADMD', country: iso3, admin1: '',
    admin2: '', population: 0 });
}
for (const [iso3, divisions] of divisionsByCountry) {
  for (const t of townsByCountry.get(iso3) || []) {
    let best = null;
    let bestKm = Infinity;
    for (const d of divisions) {
      const k = km(t.lat, t.lon, d.lat, d.lon);
      if (k < bestKm) {
        bestKm = k;
        best = d;
      }
    }
    best.population += t.population;
  }
  const seen = new Set();
  for (const d of divisions) {
    if (seen.has(d.id)) continue; // a code given twice: the first
    seen.add(d.id);
    rows.push(d);
  }
}
// The capital's other spellings from countries.tsv ("Kiev", "Washington, D.C.") become alternates of its town.
for (const c of countryRows) {
  const spellings = (c[5] || '').split('|').filter((x) => x);
  if (!spellings.length) continue;
  const capital = places.filter((p) => p.country === c[0] && p.feature === 'PPLC')
    .sort((a, b) => b.population - a.population)[0];
  if (!capital) continue;
  const known = new Set([capital.name, capital.ascii, ...capital.alternates.split('|')].map((x) => x.toLowerCase()));
  const extra = spellings.filter((x) => !known.has(x.toLowerCase()));
  capital.alternates = [capital.alternates, ...extra].filter((x) => x).join('|');
}
// A country's alternates: its other names, then its demonyms ("Russian", "Israelis"), from countries.tsv.
for (const c of countryRows) {
  const ll = latlng.get(c[0]);
  if (!ll) continue;
  const alternates = [c[3], c[4]].filter((x) => x).join('|');
  rows.push({ id: c[1], name: c[2], ascii: c[2], alternates, lat: ll[0], lon: ll[1], feature: 'PCLI',
    country: c[0], admin1: '', admin2: '', population: popByCountry.get(c[0]) || 0 });
}

// Most populous first; ties by id (numerically for towns, as the old table was sorted; towns before divisions).
const idOrder = (a, b) => {
  const na = /^\d+$/.test(a.id);
  const nb = /^\d+$/.test(b.id);
  if (na && nb) return Number(a.id) - Number(b.id);
  if (na !== nb) return na ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};
rows.sort((a, b) => b.population - a.population || idOrder(a, b));
const out = ['id\tname\tasciiname\talternates\tlat\tlon\tfeature\tcountry\tadmin1\tadmin2\tpopulation'];
for (const r of rows) {
  out.push([r.id, r.name, r.ascii === r.name ? '' : r.ascii, r.alternates, fixed(r.lat), fixed(r.lon), r.feature,
    r.country, r.admin1, r.admin2, r.population].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
