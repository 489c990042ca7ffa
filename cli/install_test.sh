#!/usr/bin/env bash
# The installed binary runs from anywhere: `cmake --install` into a scratch
# prefix, the prefix moved elsewhere, then `dossier` run from an unrelated
# folder must find its models (entities tagged) and store what it ingests.
# Usage: install_test.sh BUILD_DIR
set -euo pipefail
build="$1"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "install_test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
[ -x "$scratch/prefix/bin/dossier" ] || fail "no bin/dossier in the installed tree"
ls "$scratch/prefix/share/dossier/models/"ner-*.bin >/dev/null || fail "no models installed"
mv "$scratch/prefix" "$scratch/moved"   # relocatable: nothing points at the install prefix
dossier="$scratch/moved/bin/dossier"

mkdir -p "$scratch/case/in"
cd "$scratch/case"
printf 'Arman Tulegenov founded Radio Saryarka in Almaty in 1996.\n' >in/note.txt
unset DOSSIER_MODELS
out=$("$dossier" extract --json in/note.txt) || fail "extract failed"
grep -q '"PERSON"' <<<"$out" || fail "extract found no person (models not found?): $out"

"$dossier" ingest --db case.db in/ 2>/dev/null || fail "ingest failed"
entities=$("$dossier" entities --db case.db --type PERSON) || fail "entities failed"
grep -q 'Tulegenov' <<<"$entities" || fail "the store holds no tagged person: $entities"

# DOSSIER_MODELS overrides the installed folder, and its absence is an error.
if DOSSIER_MODELS="$scratch/nowhere" "$dossier" extract --json in/note.txt 2>err.txt; then
  fail "extract with no models succeeded"
fi
grep -q "$scratch/nowhere/ner-en.bin" err.txt || fail "the error does not name the model: $(cat err.txt)"
# The web files are installed beside the models and found the same way: the
# static site of the store carries the pinned graph library.
"$dossier" site --db case.db --out site 2>/dev/null || fail "site failed (web files not found?)"
[ -s site/assets/cytoscape.min.js ] || fail "the site has no assets/cytoscape.min.js"
[ -s site/index.html ] || fail "the site has no index.html"
echo "install_test: ok"
