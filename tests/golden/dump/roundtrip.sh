#!/usr/bin/env bash
# voc-dump writes the stored records back: user fields kept, tags, tokens,
# sentences and lexicon_version dropped, the tagger's persona (after text)
# dropped, a source's persona (before text) kept; --keep-persona keeps both.
# Loading the dump with its tags again gives the same documents.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
voc-load -q "$tmp/a.db" tagged.jsonl || exit 1
voc-dump "$tmp/a.db"; echo "exit $?"
echo "-- keep persona"
voc-dump -q --keep-persona "$tmp/a.db"
echo "-- empty database"
voc-load -q "$tmp/e.db" </dev/null && voc-dump "$tmp/e.db"; echo "exit $?"
echo "-- not a database"
voc-dump "$tmp/none.db" 2>&1 | sed "s|$tmp|TMP|g"; echo "exit ${PIPESTATUS[0]}"
