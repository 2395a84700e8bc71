#!/bin/sh
# Makes newsgraph-extract/src/main/resources/org/newsgraph/extract/coref/first-names.tsv, the first names whose
# gender the coreference resolver reads ("Theresa May … she"), from two lists in Stanford CoreNLP's models jar
# (edu.stanford.nlp:stanford-corenlp:4.5.10:models, GPL-3.0-or-later): the male and female word lists
# edu/stanford/nlp/models/dcoref/{male,female}.unigrams.txt (from Bergsma & Lin's gender and number statistics,
# each word under the gender it mostly refers to in text) and, to keep first names only (the male list also holds
# surnames and common words), the name list edu/stanford/nlp/models/dcoref/namegender.combine.txt. A name is kept
# when both agree on its gender; a name they disagree on ("ashley", "angel") is left out, so it stays unknown.
#
#   scripts/make-first-names.sh [MODELS_JAR]      (run from the repository root; needs unzip, grep, sort, comm)
set -eu
ROOT=$(pwd)
OUT="$ROOT/newsgraph-extract/src/main/resources/org/newsgraph/extract/coref/first-names.tsv"
[ -d "$ROOT/newsgraph-extract" ] || { echo "run from the repository root" >&2; exit 2; }
JAR=${1:-$(find "${HOME}/.m2/repository/edu/stanford/nlp/stanford-corenlp" -name 'stanford-corenlp-4.5.10-models.jar' \
  2>/dev/null | head -n 1)}
[ -f "$JAR" ] || { echo "CoreNLP's models jar not found (give its path)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
D=edu/stanford/nlp/models/dcoref
export LC_ALL=C
unzip -p "$JAR" "$D/male.unigrams.txt" | grep -E '^[a-z]+$' | sort -u > "$WORK/male"
unzip -p "$JAR" "$D/female.unigrams.txt" | grep -E '^[a-z]+$' | sort -u > "$WORK/female"
unzip -p "$JAR" "$D/namegender.combine.txt" | awk -F'\t' '$2 == "MALE" { print $1 }' | sort -u > "$WORK/names-male"
unzip -p "$JAR" "$D/namegender.combine.txt" | awk -F'\t' '$2 == "FEMALE" { print $1 }' | sort -u > "$WORK/names-female"
{
  printf '# First names and their gender (m, f), kept where two lists in Stanford CoreNLP 4.5.10'"'"'s models jar agree:\n'
  printf '# dcoref/{male,female}.unigrams.txt and dcoref/namegender.combine.txt (GPL-3.0-or-later). Made by\n'
  printf '# scripts/make-first-names.sh; do not edit by hand.\n'
  { comm -12 "$WORK/male" "$WORK/names-male" | sed 's/$/\tm/'
    comm -12 "$WORK/female" "$WORK/names-female" | sed 's/$/\tf/'; } | sort
} > "$OUT"
echo "wrote $OUT ($(grep -vc '^#' "$OUT") names)"
