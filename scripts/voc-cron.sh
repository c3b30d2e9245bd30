#!/usr/bin/env bash
# Nightly voc run (issue 5): ingest the export files that are new in a
# folder, tag them, load them into the database under a lock, log, and write
# the reports.
#
#   scripts/voc-cron.sh -i INBOX -d DB -o OUTDIR [-c CAMPAIGNS.csv]
#                       [-l LEXICONS] [-L LOGFILE] [-w SECONDS]
#
#   -i INBOX      folder with export files (CSV, mbox, eml, JSON, JSONL, XML...)
#   -d DB         the SQLite database (created mode 0600 on the first run)
#   -o OUTDIR     where report.html, report.txt, brief.md and report.json go
#   -c FILE       campaigns CSV, loaded on every run (owners can change)
#   -l DIR        lexicons (default: voc's default lexicons)
#   -L FILE       log file (default: OUTDIR/voc-cron.log)
#   -w SECONDS    how long to wait for a run still holding the lock (600)
#
# A file is new when its content (SHA-256) was never loaded: voc-load
# --list-new asks the database's `sources` table, and each file is loaded
# with --source so the next run skips it. Files that fail stay new and are
# tried again next time. When nothing was loaded, the database was not
# written since the last reports (its last voc-load run), the
# campaigns file and the lexicons are unchanged (SHA-256) and the four
# reports exist, the reports are not rendered again (issue 6): the log says
# so. OUTDIR/.voc-cron.state keeps what the last reports were made from.
# The programs are taken from PATH, or from
# $VOC_BIN when set. Exit status: 0 all good, 1 some file failed, 2 usage,
# 3 another run held the lock too long.
set -uo pipefail

inbox="" db="" outdir="" campaigns="" lexicons="" log="" wait_s=600
usage() { sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while getopts "i:d:o:c:l:L:w:h" opt; do
  case $opt in
  i) inbox=$OPTARG ;;
  d) db=$OPTARG ;;
  o) outdir=$OPTARG ;;
  c) campaigns=$OPTARG ;;
  l) lexicons=$OPTARG ;;
  L) log=$OPTARG ;;
  w) wait_s=$OPTARG ;;
  *) usage ;;
  esac
done
[ -n "$inbox" ] && [ -n "$db" ] && [ -n "$outdir" ] || usage
[ -d "$inbox" ] || { echo "voc-cron: no folder $inbox" >&2; exit 2; }
[ -n "${VOC_BIN:-}" ] && export PATH="$VOC_BIN:$PATH"
mkdir -p "$outdir" || exit 2
log=${log:-$outdir/voc-cron.log}
umask 077

say() { printf '%s voc-cron[%d]: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$$" "$*" >>"$log"; }

# One run at a time per database: a second cron job waits, then gives up.
exec 9>>"$db.lock"
if ! flock -w "$wait_s" 9; then
  say "another run holds $db.lock for more than ${wait_s}s; giving up"
  exit 3
fi

tag_args=()
[ -n "$lexicons" ] && tag_args=(--lexicons "$lexicons")
load_args=()   # counts go to the log
[ -n "$campaigns" ] && load_args+=(--campaigns "$campaigns")
[ -n "$lexicons" ] && load_args+=(--lexicons "$lexicons")

# What the reports depend on besides the documents: the campaigns file, the
# lexicons and the programs themselves.
config_sig() {
  {
    voc-report --version 2>&1
    [ -n "$campaigns" ] && sha256sum <"$campaigns"
    [ -n "$lexicons" ] && find "$lexicons" -type f -print0 | sort -z | xargs -0 -r sha256sum
  } 2>/dev/null | sha256sum | cut -c1-64
}
# Whether the database was written: every voc-load adds a `runs` row.
db_sig() { voc-load --last-run "$db" 2>>"$log"; }
state=$outdir/.voc-cron.state
old_config="" old_db=""
if [ -f "$state" ]; then
  { IFS= read -r old_config; IFS= read -r old_db; } <"$state"
fi
config=$(config_sig)

say "start: inbox $inbox, database $db"
status=0
files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(
  find "$inbox" -maxdepth 1 -type f ! -name '.*' -print0 | sort -z)

new=()
if [ ${#files[@]} -gt 0 ]; then
  while IFS= read -r f; do new+=("$f"); done < <(voc-load --list-new "$db" "${files[@]}" 2>>"$log")
fi
say "${#files[@]} files, ${#new[@]} new"

loaded=0
for f in "${new[@]}"; do
  # 65 from a stage means some records were rejected, the rest went through.
  voc-ingest -q -- "$f" 2>>"$log" | voc-tag -q "${tag_args[@]}" 2>>"$log" |
    voc-load "${load_args[@]}" --source "$f" "$db" 2>>"$log"
  rcs=("${PIPESTATUS[@]}")
  ok=1
  for rc in "${rcs[@]}"; do [ "$rc" = 0 ] || [ "$rc" = 65 ] || ok=0; done
  if [ $ok = 1 ]; then
    loaded=$((loaded + 1))
    say "loaded $f (exit codes ingest/tag/load: ${rcs[*]})"
  else
    status=1
    say "FAILED $f (exit codes ingest/tag/load: ${rcs[*]}); will retry next run"
  fi
done

# With no new file, still refresh campaigns and definitions when they
# changed (a load with new files has just done it).
if [ ${#new[@]} -eq 0 ] && { [ -n "$campaigns" ] || [ -n "$lexicons" ]; } &&
  [ "$config" != "$old_config" ]; then
  voc-load "${load_args[@]}" "$db" </dev/null 2>>"$log" || status=1
fi

reports_exist=1
for name in report.html report.txt brief.md report.json; do
  [ -f "$outdir/$name" ] || reports_exist=0
done
if [ -f "$db" ] && [ $loaded = 0 ] && [ $status = 0 ] && [ $reports_exist = 1 ] &&
  [ "$config" = "$old_config" ] && [ "$(db_sig)" = "$old_db" ]; then
  say "nothing new loaded, database, campaigns and lexicons unchanged: reports not re-rendered"
  say "done: $loaded of ${#new[@]} new files loaded, exit $status"
  exit $status
fi

# Reports: written next to the old ones, then renamed, so a reader never
# sees half a file.
if [ -f "$db" ]; then
  for spec in "html report.html" "text report.txt" "brief brief.md" "json report.json"; do
    fmt=${spec%% *} name=${spec#* }
    if voc-report --format "$fmt" -o "$outdir/.$name.tmp" "$db" 2>>"$log"; then
      mv -f "$outdir/.$name.tmp" "$outdir/$name"
    else
      status=1
      rm -f "$outdir/.$name.tmp"
      say "FAILED voc-report --format $fmt"
    fi
  done
fi
# Remember what these reports were made from (only when all were written).
if [ -f "$db" ] && [ $status = 0 ]; then
  printf '%s\n%s\n' "$config" "$(db_sig)" >"$state.tmp" && mv -f "$state.tmp" "$state"
fi
say "done: $loaded of ${#new[@]} new files loaded, exit $status"
exit $status
