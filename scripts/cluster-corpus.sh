#!/usr/bin/env bash
# Builds the unlabelled text the recogniser's word clusters are learned from
# (`parallax-train clusters`, see DATA.md): corpora that NLTK's data package ships
# (github.com/nltk/nltk_data: ABC 2006 news, the Brown corpus, the CoNLL-2000 Wall
# Street Journal text, MASC's written part, State of the Union addresses) and the
# words of the CoNLL-2003 training set, one sentence a line, tags removed.
#
#   bash scripts/cluster-corpus.sh NLTK_DATA_GIT_DIR CONLL_TRAIN OUT
#
# NLTK_DATA_GIT_DIR is a clone (or bare mirror) of nltk_data; nothing is downloaded here.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: bash scripts/cluster-corpus.sh NLTK_DATA_GIT_DIR CONLL_TRAIN OUT" >&2
  exit 2
fi
nltk=$1 conll=$2 out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for c in abc brown conll2000 masc_tagged state_union; do
  git -C "$nltk" cat-file -p "HEAD:packages/corpora/$c.zip" >"$work/$c.zip"
  unzip -qo "$work/$c.zip" -d "$work"
done
# Each file as UTF-8: some are Windows-1252.
utf8() {
  for f in "$@"; do
    if iconv -f utf-8 -t utf-8 "$f" >/dev/null 2>&1; then cat "$f"; else iconv -f cp1252 -t utf-8 "$f"; fi
  done
}
{
  utf8 "$work"/abc/rural.txt "$work"/abc/science.txt
  # Brown: word/tag pairs, one sentence a line.
  utf8 "$work"/brown/c[a-r][0-9][0-9] | sed -E 's#/[^ ]+##g; s/^\s+//' | grep -v '^$'
  # CoNLL-2000 and CoNLL-2003: a token a line, the word first, a blank line between sentences.
  awk 'NF == 0 { if (n) print line; line = ""; n = 0; next } { line = n ? line " " $1 : $1; n++ }
       END { if (n) print line }' <(utf8 "$work"/conll2000/train.txt "$work"/conll2000/test.txt)
  utf8 "$conll" | grep -v '^-DOCSTART-' |
    awk 'NF == 0 { if (n) print line; line = ""; n = 0; next } { line = n ? line " " $1 : $1; n++ }
         END { if (n) print line }'
  # MASC written: word_TAG pairs.
  find "$work"/masc_tagged/written -name '*.txt' -print0 | sort -z | xargs -0 bash -c "$(declare -f utf8); utf8 \"\$@\"" _ |
    sed -E 's/_[^ _]+( |$)/\1/g'
  utf8 "$work"/state_union/*.txt
} | tr -d '\r' >"$out"
wc -lw "$out" >&2
