#!/usr/bin/env bash
# voc benchmarks (issue 6): throughput, records/s and peak RSS per stage and end to
# end, the plain-Python ratio, lexicon-size scaling and compile time, the nightly
# re-run, and a profile of voc-tag. Not part of ctest: run it by hand.
#
#   scripts/bench.sh [options] [SECTION...]
#
# Sections, run in the order given (default: tag floor python lexicon stages nightly
# e2e; profile only when named): tag floor python lexicon stages nightly e2e profile
# Options:
#   --runs N        runs per measurement, the median is reported (default 3)
#   --tag-size S    records corpus for voc-tag, the Python ratio base (default 100M)
#   --stage-size S  CSV, mbox and reviews for the per-stage rows (default 50M)
#   --e2e-size S    CSV for ingest | tag | load (default 1G)
#   --e2e-runs N    runs of the end-to-end pipeline (default 1: 1 GB takes minutes)
#   --py-size S     records corpus for the Python baseline (default 20M)
#   --lex-size S    records corpus for the lexicon-size rows (default 50M)
#   --nightly-size S CSV for the nightly rows: full re-run and scripts/voc-cron.sh (default 50M)
#   --lex-k LIST    lexicon sizes, comma separated (default 100,1000,10000,100000)
#   --quick         small sizes, one run each (smoke test of the harness)
#   --keep          keep the databases and intermediate files
# Sizes take K/M/G suffixes (powers of 1024); MB/s below is 10^6 bytes per second.
# Environment: VOC_BENCH_DIR (default build-bench), VOC_BENCH_NOBUILD=1 to skip
# the build (use what is in the build dir), VOC_BENCH_CPU (core voc-tag is pinned
# to, default the last one).
#
# Output: a Markdown table on stdout (also written to $VOC_BENCH_DIR/results.md),
# raw per-run numbers in $VOC_BENCH_DIR/runs.tsv, the profile in
# $VOC_BENCH_DIR/profile.txt. Corpora are generated once into $VOC_BENCH_DIR/data
# (deterministic: scripts/gen-corpus.py, seed 1) and reused.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=3 e2e_runs=1 tag_size=100M stage_size=50M e2e_size=1G py_size=20M lex_size=50M nightly_size=50M
lex_k=100,1000,10000,100000 keep=0
sections=()
while [ $# -gt 0 ]; do
  case $1 in
  --runs) runs=$2; shift ;;
  --tag-size) tag_size=$2; shift ;;
  --stage-size) stage_size=$2; shift ;;
  --e2e-size) e2e_size=$2; shift ;;
  --py-size) py_size=$2; shift ;;
  --lex-size) lex_size=$2; shift ;;
  --nightly-size) nightly_size=$2; shift ;;
  --e2e-runs) e2e_runs=$2; shift ;;
  --lex-k) lex_k=$2; shift ;;
  --quick) runs=1 tag_size=10M stage_size=10M e2e_size=20M py_size=5M lex_size=10M nightly_size=10M
    lex_k=100,100000 ;;
  --keep) keep=1 ;;
  -h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
  -*) echo "bench.sh: unknown option $1 (try --help)" >&2; exit 64 ;;
  *) sections+=("$1") ;;
  esac
  shift
done
[ ${#sections[@]} -eq 0 ] && sections=(tag floor python lexicon stages nightly e2e)
want() { local s; for s in "${sections[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

bdir=${VOC_BENCH_DIR:-$root/build-bench}
data=$bdir/data
work=$bdir/work
mkdir -p "$data" "$work"
cpu=${VOC_BENCH_CPU:-$(($(nproc) - 1))}
export LC_ALL=C.UTF-8 TZ=UTC

say() { echo "bench: $*" >&2; }

# ---------------------------------------------------------------- setup
# Extra packages the harness needs (the build's own come from setup-deps.sh).
extra=()
[ -x /usr/bin/time ] || extra+=(time)
/usr/bin/python3 -c 'import Stemmer' 2>/dev/null || extra+=(python3-stemmer)
command -v perf >/dev/null || { want profile && extra+=(linux-perf); }
command -v taskset >/dev/null || extra+=(util-linux)
if [ ${#extra[@]} -gt 0 ]; then
  say "installing ${extra[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      "${extra[@]}" >/dev/null || { say "apt-get failed"; exit 70; }
fi

if [ "${VOC_BENCH_NOBUILD:-0}" != 1 ]; then
  ./scripts/setup-deps.sh || exit 70
  say "building Release in $bdir"
  cmake -S . -B "$bdir" -DCMAKE_BUILD_TYPE=Release -DVOC_TESTS=OFF -DVOC_SANITIZE=OFF \
    >/dev/null || exit 70
  cmake --build "$bdir" -j2 >/dev/null || { say "build failed"; exit 70; }
fi
export PATH="$bdir:$PATH" VOC_LEXICONS="$root/lexicons"
have() { [ -x "$bdir/$1" ]; }

# ---------------------------------------------------------------- helpers
tsv=$bdir/runs.tsv
md=$bdir/results.md
: >"$tsv"
rows=()   # markdown rows, printed at the end
notes=()  # target verdicts

bytes_of() { python3 -c "import sys;print(int(float(sys.argv[1][:-1])*(1<<{'K':10,'M':20,'G':30}[sys.argv[1][-1].upper()])) if sys.argv[1][-1].upper() in 'KMG' else int(sys.argv[1]))" "$1"; }

# corpus FORMAT SIZE -> path (generated once); FORMAT records, csv, mbox or reviews
corpus() {
  local f=$data/$1-$2.jsonl gfmt=${1/reviews/jsonl}
  [ "$1" = csv ] && f=$data/csv-$2.csv
  [ "$1" = mbox ] && f=$data/mbox-$2.mbox
  if [ ! -s "$f" ]; then
    say "generating $1 corpus of $2"
    python3 scripts/gen-corpus.py --format "$gfmt" --size "$2" --seed 1 -o "$f.tmp" && mv "$f.tmp" "$f"
  fi
  echo "$f"
}
fsize() { stat -c %s "$1"; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
now_ns() { date +%s%N; }
rss_of() { tail -n 1 "$1" 2>/dev/null | tr -dc 0-9; } # KB from /usr/bin/time -f %M
mbs() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.1f", (s>0) ? b/s/1e6 : 0}'; }
rps() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", (s>0) ? n/s : 0}'; }
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k/1024}'; }
row() { rows+=("| $* |"); echo "| $* |" >&2; }

# timed NAME -- CMD... : one run; stdin/stdout as redirected by the caller.
# Appends "name wall_s cpu_s rss_kb rc" to runs.tsv; sets T_WALL T_CPU T_RSS T_RC.
timed() {
  local name=$1; shift; [ "$1" = -- ] && shift
  local tf=$work/time.$$ t0 t1
  t0=$(now_ns)
  /usr/bin/time -f '%U %S %M' -o "$tf" "$@"
  T_RC=$?
  t1=$(now_ns)
  T_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b-a)/1e9}')
  T_RSS=$(tail -n 1 "$tf" | awk '{print $3}')
  T_CPU=$(tail -n 1 "$tf" | awk '{printf "%.2f", $1 + $2}')
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$T_WALL" "$T_CPU" "$T_RSS" "$T_RC" >>"$tsv"
}

# bench_cmd NAME BYTES RECORDS INPUT OUTPUT -- CMD... : median over $runs.
# Sets M_WALL M_CPU (medians) M_RSS (largest) M_RC (last rc).
bench_cmd() {
  local name=$1 in=$4 out=$5; shift 5; [ "$1" = -- ] && shift
  local walls=() rsss=() cpus=() i
  for ((i = 0; i < runs; i++)); do
    timed "$name" -- "$@" <"$in" >"$out"
    walls+=("$T_WALL"); rsss+=("$T_RSS"); cpus+=("$T_CPU")
    [ "$T_RC" -ne 0 ] && [ "$T_RC" -ne 65 ] && { say "$name: exit $T_RC"; break; }
  done
  M_WALL=$(printf '%s\n' "${walls[@]}" | median)
  M_CPU=$(printf '%s\n' "${cpus[@]}" | median)
  M_RSS=$(printf '%s\n' "${rsss[@]}" | sort -n | tail -1)
  M_RC=$T_RC
}

verdict() { # NAME VALUE OP TARGET UNIT WHAT-DOMINATES
  local ok
  ok=$(awk -v v="$2" -v t="$4" -v op="$3" 'BEGIN {print (op==">=" ? v>=t : v<t) ? "met" : "NOT met"}')
  local by
  by=$(awk -v v="$2" -v t="$4" 'BEGIN {printf "%+.0f%%", (t>0) ? (v-t)/t*100 : 0}')
  notes+=("| $1 | $3 $4 $5 | $2 $5 | $ok ($by) |")
  echo "target: $1: $2 $5 (want $3 $4): $ok ($by)" >&2
}

nrec() { wc -l <"$1" | tr -d ' '; }
# count_tags FILE [LEXICON]: tags in a JSON Lines file (all, or of one lexicon)
count_tags() {
  python3 -c 'import sys, json
lx = sys.argv[2] if len(sys.argv) > 2 else None
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        tags = json.loads(line).get("tags") or []
    except ValueError:
        continue
    n += sum(1 for t in tags if lx is None or t.get("lexicon") == lx)
print(n)' "$@"
}

# ---------------------------------------------------------------- sections
sys_info() {
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM; $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null)"
  echo "Build: $(cmake --version | head -1), $(cc --version | head -1), CMAKE_BUILD_TYPE=Release"
  echo "Runs per row: $runs (median wall time; peak RSS is the largest of the runs)"
}

sec_tag() {
  have voc-tag || { row "voc-tag | n/a | | | | not built"; return; }
  local in recs b
  in=$(corpus records "$tag_size"); b=$(fsize "$in"); recs=$(nrec "$in")
  say "voc-tag on $tag_size of records, default lexicons, pinned to CPU $cpu"
  bench_cmd tag "$b" "$recs" "$in" /dev/null -- taskset -c "$cpu" voc-tag -q
  row "voc-tag, records without tokens, default lexicons, 1 core | records $tag_size ($recs rec) | $(mbs "$b" "$M_WALL") | $(rps "$recs" "$M_WALL") | $(mb "$M_RSS") | $(mbs "$b" "$M_CPU") MB per CPU-s; exit $M_RC"
  TAG_MBS=$(mbs "$b" "$M_WALL")
  verdict "voc-tag throughput, 1 core" "$TAG_MBS" ">=" 60 MB/s
  verdict "voc-tag peak RSS" "$(mb "$M_RSS")" "<" 64 MB
}

sec_stages() {
  local csv b recs ing tagged db
  csv=$(corpus csv "$stage_size"); b=$(fsize "$csv")
  ing=$work/stage-ingested.jsonl tagged=$work/stage-tagged.jsonl db=$work/stage.db
  if have voc-ingest; then
    say "voc-ingest on $stage_size CSV"
    bench_cmd ingest "$b" 0 /dev/null "$ing" -- voc-ingest -q "$csv"
    recs=$(nrec "$ing")
    row "voc-ingest, CSV call notes | CSV $stage_size ($recs rec) | $(mbs "$b" "$M_WALL") | $(rps "$recs" "$M_WALL") | $(mb "$M_RSS") | exit $M_RC"
    verdict "voc-ingest peak RSS" "$(mb "$M_RSS")" "<" 64 MB
  else
    row "voc-ingest | n/a | | | | not built"; return
  fi
  local src fmt
  for fmt in mbox jsonl; do
    src=$(corpus "${fmt/jsonl/reviews}" "$stage_size")
    say "voc-ingest on $stage_size $fmt"
    bench_cmd "ingest-$fmt" 0 0 /dev/null "$work/stage-$fmt.jsonl" -- voc-ingest -q "$src"
    local n2; n2=$(nrec "$work/stage-$fmt.jsonl")
    row "voc-ingest, $( [ $fmt = mbox ] && echo 'e-mail replies (mbox)' || echo 'reviews (JSON Lines)') | $fmt $stage_size ($n2 rec) | $(mbs "$(fsize "$src")" "$M_WALL") | $(rps "$n2" "$M_WALL") | $(mb "$M_RSS") | exit $M_RC"
    rm -f "$work/stage-$fmt.jsonl"
  done
  if have voc-norm; then
    say "voc-norm on the ingested records"
    bench_cmd norm "$(fsize "$ing")" "$recs" "$ing" "$work/stage-normed.jsonl" -- voc-norm -q
    row "voc-norm, ingested CSV records | $(mb $(($(fsize "$ing") / 1024))) MiB JSONL | $(mbs "$(fsize "$ing")" "$M_WALL") | $(rps "$recs" "$M_WALL") | $(mb "$M_RSS") | exit $M_RC"
    verdict "voc-norm peak RSS" "$(mb "$M_RSS")" "<" 64 MB
    if have voc-tag; then
      bench_cmd tag-normed "$(fsize "$work/stage-normed.jsonl")" "$recs" "$work/stage-normed.jsonl" /dev/null -- voc-tag -q
      row "voc-tag, records with tokens (after voc-norm) | $(mb $(($(fsize "$work/stage-normed.jsonl") / 1024))) MiB JSONL | $(mbs "$(fsize "$work/stage-normed.jsonl")" "$M_WALL") | $(rps "$recs" "$M_WALL") | $(mb "$M_RSS") | exit $M_RC"
    fi
    rm -f "$work/stage-normed.jsonl"
  fi
  if have voc-tag; then
    say "voc-tag on the ingested records"
    bench_cmd tag-stage "$(fsize "$ing")" "$recs" "$ing" "$tagged" -- voc-tag -q
    row "voc-tag, ingested CSV records | $(mb $(($(fsize "$ing") / 1024))) MiB JSONL | $(mbs "$(fsize "$ing")" "$M_WALL") | $(rps "$recs" "$M_WALL") | $(mb "$M_RSS") | exit $M_RC"
  fi
  if have voc-load && [ -s "$tagged" ]; then
    say "voc-load of the tagged records into a fresh database"
    local walls=() i
    for ((i = 0; i < runs; i++)); do
      rm -f "$db" "$db-wal" "$db-shm"
      timed load -- voc-load -q "$db" <"$tagged" >/dev/null
      walls+=("$T_WALL"); M_RSS=$T_RSS; M_RC=$T_RC
    done
    M_WALL=$(printf '%s\n' "${walls[@]}" | median)
  M_CPU=$(printf '%s\n' "${cpus[@]}" | median)
    row "voc-load, fresh database | $(mb $(($(fsize "$tagged") / 1024))) MiB tagged JSONL | $(mbs "$(fsize "$tagged")" "$M_WALL") | $(rps "$recs" "$M_WALL") | $(mb "$M_RSS") | exit $M_RC, db $(mb $(($(fsize "$db") / 1024))) MiB"
    verdict "voc-load peak RSS" "$(mb "$M_RSS")" "<" 64 MB
  fi
  [ "$keep" = 1 ] || rm -f "$ing" "$tagged" "$db" "$db-wal" "$db-shm"
}

# One ingest | tag | load run into $2; sets P_WALL P_RSS_{I,T,L} P_RC.
pipeline_once() {
  local csv=$1 db=$2 t0 t1
  t0=$(now_ns)
  /usr/bin/time -f '%U %S %M' -o "$work/rss.i" voc-ingest -q "$csv" |
    /usr/bin/time -f '%U %S %M' -o "$work/rss.t" voc-tag -q |
    /usr/bin/time -f '%U %S %M' -o "$work/rss.l" voc-load -q "$db" >/dev/null
  local st=("${PIPESTATUS[@]}")
  t1=$(now_ns)
  P_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b-a)/1e9}')
  local x u sy r
  for x in i t l; do
    read -r u sy r < <(tail -n 1 "$work/rss.$x")
    printf -v "P_RSS_${x^^}" '%s' "$r"
    printf -v "P_CPU_${x^^}" '%s' "$(awk -v a="$u" -v b="$sy" 'BEGIN {printf "%.1f", a + b}')"
  done
  P_CPU="$P_CPU_I / $P_CPU_T / $P_CPU_L"
  P_RC="${st[*]}"
  printf 'pipeline\t%s\t%s\t%s/%s/%s\t%s\n' "$P_WALL" "$P_CPU" "$P_RSS_I" "$P_RSS_T" "$P_RSS_L" "$P_RC" >>"$tsv"
}

sec_e2e() {
  have voc-ingest && have voc-tag && have voc-load || { row "end to end | n/a | | | | a stage is not built"; return; }
  local csv b db=$work/e2e.db walls=() i ri=0 rt=0 rl=0 E2E_WALL
  csv=$(corpus csv "$e2e_size"); b=$(fsize "$csv")
  say "end to end on $e2e_size CSV: voc-ingest | voc-tag | voc-load (fresh database each run)"
  for ((i = 0; i < e2e_runs; i++)); do
    rm -f "$db" "$db-wal" "$db-shm"
    pipeline_once "$csv" "$db"
    walls+=("$P_WALL")
    ri=$(( P_RSS_I > ri ? P_RSS_I : ri )); rt=$(( P_RSS_T > rt ? P_RSS_T : rt )); rl=$(( P_RSS_L > rl ? P_RSS_L : rl ))
    say "  run $((i + 1)): ${P_WALL}s exit codes $P_RC"
  done
  E2E_WALL=$(printf '%s\n' "${walls[@]}" | median)
  local recs
  recs=$(sqlite3 "$db" 'SELECT count(*) FROM documents' 2>/dev/null || echo "?")
  row "end to end ingest → tag → load, fresh db | CSV $e2e_size ($recs docs) | $(mbs "$b" "$E2E_WALL") | $(rps "${recs//\?/0}" "$E2E_WALL") | $(mb $ri) / $(mb $rt) / $(mb $rl) | RSS ingest/tag/load; CPU s ingest/tag/load $P_CPU (last run); exit $P_RC"
  verdict "end to end throughput ($e2e_size CSV)" "$(mbs "$b" "$E2E_WALL")" ">=" 40 MB/s
  verdict "peak RSS ingest/tag/load (max), end to end" "$(mb $(printf '%s\n' $ri $rt $rl | sort -n | tail -1))" "<" 64 MB
  row "end to end: database size | CSV $e2e_size | | | | $(mb $(($(fsize "$db") / 1024))) MiB database from $(mb $((b / 1024))) MiB of CSV"
  [ "$keep" = 1 ] || rm -f "$db" "$db-wal" "$db-shm"
}

sec_nightly() {
  have voc-ingest && have voc-tag && have voc-load || return
  local csv db=$work/nightly.db first
  csv=$(corpus csv "$nightly_size")
  say "nightly: first load of $nightly_size CSV into a fresh database"
  rm -f "$db" "$db-wal" "$db-shm"
  pipeline_once "$csv" "$db"; first=$P_WALL
  local walls=() i
  say "nightly: the same pipeline again over the unchanged CSV into the loaded database"
  for ((i = 0; i < runs; i++)); do
    pipeline_once "$csv" "$db"; walls+=("$P_WALL")
  done
  local w; w=$(printf '%s\n' "${walls[@]}" | median)
  local pct; pct=$(awk -v a="$w" -v b="$first" 'BEGIN {printf "%.1f", a/b*100}')
  row "nightly re-run, full pipeline, unchanged input, loaded db | CSV $nightly_size | $(mbs "$(fsize "$csv")" "$w") | | | ${w}s = ${pct}% of first load (${first}s); exit $P_RC"
  verdict "nightly full re-run vs first load" "$pct" "<" 10 "%"
  # The cron path: a job that skips export files it has already loaded
  # (scripts/voc-cron.sh: ingest | tag | load of new files, then the reports).
  if [ -x scripts/voc-cron.sh ]; then
    local inbox=$work/inbox ccsv cdb=$work/cron.db
    ccsv=$(corpus csv "$nightly_size")
    rm -rf "$inbox" "$work/cron-out" "$cdb"*; mkdir -p "$inbox"
    ln -f "$ccsv" "$inbox/export.csv" 2>/dev/null || cp "$ccsv" "$inbox/export.csv"
    say "nightly via scripts/voc-cron.sh on $nightly_size CSV (first run loads, second finds nothing new)"
    timed cron-first -- scripts/voc-cron.sh -i "$inbox" -d "$cdb" -o "$work/cron-out" >/dev/null 2>&1
    local first=$T_WALL frc=$T_RC
    local walls=() i
    for ((i = 0; i < runs; i++)); do
      timed cron-again -- scripts/voc-cron.sh -i "$inbox" -d "$cdb" -o "$work/cron-out" >/dev/null 2>&1
      walls+=("$T_WALL")
    done
    w=$(printf '%s\n' "${walls[@]}" | median)
    pct=$(awk -v a="$w" -v b="$first" 'BEGIN {printf "%.1f", a/b*100}')
    local docs; docs=$(sqlite3 "$cdb" 'SELECT count(*) FROM documents' 2>/dev/null || echo "?")
    if ! [ "$docs" -gt 0 ] 2>/dev/null; then
      row "nightly via scripts/voc-cron.sh | CSV $nightly_size | | | | the first run loaded nothing (exit $frc): see $work/cron-out/voc-cron.log"
      return
    fi
    # where the re-run's time goes: the skip decision, then each report
    timed list-new -- voc-load --list-new "$cdb" "$inbox/export.csv" >/dev/null 2>&1
    local lpct; lpct=$(awk -v a="$T_WALL" -v b="$first" 'BEGIN {printf "%.1f", a/b*100}')
    row "voc-load --list-new (the cron's skip decision: SHA-256 of the export) | CSV $nightly_size | $(mbs "$(fsize "$ccsv")" "$T_WALL") | | $(mb "$T_RSS") | ${T_WALL}s = ${lpct}% of the first cron run"
    verdict "nightly skip decision (list-new) vs first cron run ($nightly_size)" "$lpct" "<" 10 "%"
    local fmt rep=""
    for fmt in text html brief json; do
      timed "report-$fmt" -- voc-report --format "$fmt" -o "$work/report.$fmt" "$cdb" >/dev/null 2>&1
      rep+="$fmt ${T_WALL}s (CPU ${T_CPU}s, $(mb "$T_RSS") MB, exit $T_RC); "
    done
    row "voc-report on the cron database, each format | $docs docs | | | | $rep"
    local skipped=no
    grep -q "reports not re-rendered" "$work/cron-out/voc-cron.log" && skipped=yes
    row "nightly via scripts/voc-cron.sh, nothing new (hash check; the reports are kept when nothing changed) | CSV $nightly_size ($docs docs) | | | | ${w}s = ${pct}% of its first run (${first}s, exit $frc); reports skipped: $skipped; log in $(basename "$bdir")/work/cron-out"
    # The honest other case: nothing new, but the campaigns changed, so the
    # cron loads them and renders the four reports again.
    printf 'name,marketing_owner,sales_owner\nBench Campaign,Ann,Bob\n' >"$work/bench-campaigns.csv"
    timed cron-rerender -- scripts/voc-cron.sh -i "$inbox" -d "$cdb" -o "$work/cron-out" -c "$work/bench-campaigns.csv" >/dev/null 2>&1
    local rpct; rpct=$(awk -v a="$T_WALL" -v b="$first" 'BEGIN {printf "%.1f", a/b*100}')
    row "nightly via scripts/voc-cron.sh, nothing new but campaigns changed (campaigns load + 4 reports) | CSV $nightly_size ($docs docs) | | | | ${T_WALL}s = ${rpct}% of its first run; exit $T_RC"
    verdict "nightly cron re-run vs first load ($nightly_size)" "$pct" "<" 10 "%"
  fi
  [ "$keep" = 1 ] || rm -rf "$db" "$db-wal" "$db-shm" "$work/cron.db"* "$work/inbox"
  return 0
}

sec_python() {
  have voc-tag || return
  local in b recs out=$work/py-out.jsonl pdb=$work/py.db vdb=$work/py-voc.db
  in=$(corpus records "$py_size"); b=$(fsize "$in"); recs=$(nrec "$in")
  say "Python baseline vs voc-tag on $py_size of records"
  bench_cmd py-tag "$b" "$recs" "$in" "$out" -- taskset -c "$cpu" /usr/bin/python3 bench/baseline.py --lexicons "$VOC_LEXICONS"
  local pw=$M_WALL prss=$M_RSS pc=$M_CPU
  local ntags; ntags=$(count_tags "$out")
  bench_cmd voc-tag-py "$b" "$recs" "$in" "$out" -- taskset -c "$cpu" voc-tag -q
  local vw=$M_WALL vrss=$M_RSS vc=$M_CPU
  local vtags; vtags=$(count_tags "$out")
  local ratio; ratio=$(awk -v p="$pw" -v v="$vw" 'BEGIN {printf "%.1f", p/v}')
  row "Python baseline (bench/baseline.py), tag to JSONL, 1 core | records $py_size ($recs rec, $ntags tags) | $(mbs "$b" "$pw") | $(rps "$recs" "$pw") | $(mb "$prss") | $(mbs "$b" "$pc") MB per CPU-s"
  row "voc-tag, same input, 1 core | records $py_size ($vtags tags) | $(mbs "$b" "$vw") | $(rps "$recs" "$vw") | $(mb "$vrss") | $(mbs "$b" "$vc") MB per CPU-s; ${ratio}× the Python script (CPU: $(awk -v p="$pc" -v v="$vc" 'BEGIN {printf "%.1f", (v>0) ? p/v : 0}')×)"
  verdict "voc-tag vs Python (tagging)" "$ratio" ">=" 5 "×"
  if have voc-load; then
    local walls=() i
    for ((i = 0; i < runs; i++)); do
      rm -f "$pdb" "$pdb-wal" "$pdb-shm"
      timed py-load -- /usr/bin/python3 bench/baseline.py --lexicons "$VOC_LEXICONS" --db "$pdb" "$in" 2>/dev/null
      walls+=("$T_WALL")
    done
    pw=$(printf '%s\n' "${walls[@]}" | median)
    walls=()
    for ((i = 0; i < runs; i++)); do
      rm -f "$vdb" "$vdb-wal" "$vdb-shm"
      local t0 t1; t0=$(now_ns)
      voc-tag -q "$in" | voc-load -q "$vdb" >/dev/null
      t1=$(now_ns)
      walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b-a)/1e9}')")
    done
    vw=$(printf '%s\n' "${walls[@]}" | median)
    ratio=$(awk -v p="$pw" -v v="$vw" 'BEGIN {printf "%.1f", p/v}')
    row "Python baseline, tag + SQLite | records $py_size | $(mbs "$b" "$pw") | $(rps "$recs" "$pw") | | "
    row "voc-tag \| voc-load, same input | records $py_size | $(mbs "$b" "$vw") | $(rps "$recs" "$vw") | | ${ratio}× the Python script"
    verdict "voc-tag + voc-load vs Python (tag + store)" "$ratio" ">=" 5 "×"
  fi
  [ "$keep" = 1 ] || rm -f "$out" "$pdb"* "$vdb"*
}

# Lexicon directory = the default lexicons + en/synth.lex with K terms.
make_lexdir() {
  local k=$1 d=$work/lex-$1
  rm -rf "$d"; cp -r "$root/lexicons" "$d"
  python3 scripts/gen-lexicon.py --terms "$k" -o "$work/terms-$k.txt"
  if have voc-lex && voc-lex import --from terms "$work/terms-$k.txt" --lexicon synth \
    --category synth >"$d/en/synth.lex" 2>"$work/import-$k.err" && [ -s "$d/en/synth.lex" ]; then
    echo "voc-lex import" >"$work/imported-$k"
  else
    python3 scripts/gen-lexicon.py --terms "$k" --lex synth -o "$d/en/synth.lex"
    echo "gen-lexicon.py --lex (voc-lex import unavailable or failed: $(head -c 200 "$work/import-$k.err" 2>/dev/null | tr '\n' ' '))" >"$work/imported-$k"
  fi
  echo "$d"
}

sec_lexicon() {
  have voc-tag || return
  local in b recs k first_mbs="" first_k="" first_net="" empty=$work/empty.jsonl
  in=$(corpus records "$lex_size"); b=$(fsize "$in"); recs=$(nrec "$in")
  : >"$empty"
  local ks; IFS=, read -ra ks <<<"$lex_k"
  for k in "${ks[@]}"; do
    local d; d=$(make_lexdir "$k")
    say "lexicon of default + $k terms (made with $(cat "$work/imported-$k"))"
    # compile time: voc-tag over no input = load + compile the lexicons, then exit
    bench_cmd "compile-$k" 0 0 "$empty" /dev/null -- env VOC_LEXICONS="$d" voc-tag -q
    local cw=$M_WALL cc=$M_CPU crss=$M_RSS crc=$M_RC
    bench_cmd "lex-$k" "$b" "$recs" "$in" "$work/lex-out.jsonl" -- env VOC_LEXICONS="$d" taskset -c "$cpu" voc-tag -q
    local m mc mn
    m=$(mbs "$b" "$M_WALL")
    mc=$(mbs "$b" "$M_CPU")
    # tagging alone: the run's CPU time less the compile's
    mn=$(mbs "$b" "$(awk -v a="$M_CPU" -v c="$cc" 'BEGIN {printf "%.3f", a - c}')")
    local nt; nt=$(count_tags "$work/lex-out.jsonl" synth)
    row "voc-tag, default + $k synthetic terms | records $lex_size | $m | $(rps "$recs" "$M_WALL") | $(mb "$M_RSS") | $mc MB per CPU-s, $mn without the compile; compile ${cw}s wall, ${cc}s CPU (RSS $(mb "$crss") MB, exit $crc); $nt synth tags; exit $M_RC"
    if [ -z "$first_mbs" ]; then first_mbs=$m first_k=$k first_net=$mn; fi
    LAST_MBS=$m LAST_K=$k LAST_CW=$cw LAST_NET=$mn
  done
  local drop; drop=$(awk -v a="$first_mbs" -v b="$LAST_MBS" 'BEGIN {printf "%.1f", (a>0) ? (a-b)/a*100 : 0}')
  verdict "throughput loss $first_k → $LAST_K terms, whole run ($lex_size, wall)" "$drop" "<" 15 "%"
  drop=$(awk -v a="$first_net" -v b="$LAST_NET" 'BEGIN {printf "%.1f", (a>0) ? (a-b)/a*100 : 0}')
  verdict "throughput loss $first_k → $LAST_K terms, tagging after the compile (CPU)" "$drop" "<" 15 "%"
  verdict "lexicon compile time, $LAST_K terms (+ default lexicons)" "$LAST_CW" "<" 1 s
  [ "$keep" = 1 ] || rm -rf "$work"/lex-* "$work"/terms-*
}

# The floor: the bare library steps (read, cJSON, ICU word break, fold, Snowball)
# over the same records, without voc (bench/floor.c), CPU time.
sec_floor() {
  local in fl=$bdir/floor
  in=$(corpus records "$tag_size")
  cc -O2 -std=c11 -o "$fl" bench/floor.c $(pkg-config --cflags --libs icu-uc libcjson) -lstemmer ||
    { row "floor (bench/floor.c) | n/a | | | | does not build"; return; }
  local lvl out ts=() notes="" i
  for lvl in read json icu fold stem; do
    ts=()
    for ((i = 0; i < runs; i++)); do
      out=$(taskset -c "$cpu" "$fl" "$lvl" <"$in" 2>/dev/null)
      ts+=("$(echo "$out" | awk '{print $4}')")
    done
    local t; t=$(printf '%s\n' "${ts[@]}" | median)
    notes+="$lvl $(mbs "$(fsize "$in")" "$t"); "
  done
  row "floor: the library steps alone, cumulative (bench/floor.c, MB per CPU-s) | records $tag_size | | | | $notes"
}

sec_profile() {
  have voc-tag || return
  local in; in=$(corpus records 20M)
  local prof=$bdir/profile.txt
  say "profiling voc-tag (perf on 20M of records, callgrind on 2M), voc-ingest and voc-load (perf)"
  {
    if perf record -q -F 999 -o "$work/perf.data" -- voc-tag -q <"$in" >/dev/null 2>"$work/perf.err"; then
      echo "== perf record -F 999 voc-tag < records-20M: self time by shared object"
      perf report -i "$work/perf.data" --stdio --sort dso 2>/dev/null | grep -v '^#' | grep -v '^$' | head -12
      echo
      echo "== perf: self time by function (top 30)"
      perf report -i "$work/perf.data" --stdio --sort dso,symbol 2>/dev/null | grep -v '^#' | grep -v '^$' | head -30
    else
      echo "perf failed: $(head -c 300 "$work/perf.err")"
    fi
    # the other stages, flat: what each spends its time on
    local st tagged=$work/prof-tagged.jsonl pdb=$work/prof.db
    voc-tag -q <"$in" >"$tagged" 2>/dev/null
    for st in ingest load; do
      rm -f "$pdb"*
      if [ $st = ingest ]; then
        perf record -q -F 999 -o "$work/perf-$st.data" -- voc-ingest -q "$(corpus csv 20M)" >/dev/null 2>&1
      else
        perf record -q -F 999 -o "$work/perf-$st.data" -- voc-load -q "$pdb" <"$tagged" >/dev/null 2>&1
      fi
      echo
      echo "== perf: voc-$st self time by shared object, then by function (top 15)"
      perf report -i "$work/perf-$st.data" --stdio --sort dso 2>/dev/null | grep -v '^#' | grep -v '^$' | head -8
      perf report -i "$work/perf-$st.data" --stdio --sort dso,symbol 2>/dev/null | grep -v '^#' | grep -v '^$' | head -15
    done
    rm -f "$pdb"* "$tagged"
    # callgrind for inclusive cost (who calls the expensive leaves), on a small input
    if command -v valgrind >/dev/null; then
      local small; small=$(corpus records 2M)
      valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" voc-tag -q <"$small" >/dev/null 2>&1
      echo
      echo "== callgrind voc-tag < records-2M: inclusive cost (top 40)"
      callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null | sed -n '/^Ir/,$p' | head -45
    fi
  } >"$prof"
  cat "$prof" >&2
  row "profile of voc-tag | records 20M | | | | top functions in $(basename "$bdir")/profile.txt"
}

# ---------------------------------------------------------------- run
for s in "${sections[@]}"; do
  case $s in
  tag | stages | e2e | nightly | python | lexicon | profile | floor) "sec_$s" ;;
  *) say "unknown section $s"; exit 64 ;;
  esac
done

{
  echo "## voc benchmark results"
  echo
  sys_info | sed 's/$/  /'
  echo
  echo "| measurement | input | MB/s | records/s | peak RSS MB | notes |"
  echo "|---|---|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
  if [ ${#notes[@]} -gt 0 ]; then
    echo
    echo "| target | wanted | measured | verdict (vs target) |"
    echo "|---|---|---|---|"
    printf '%s\n' "${notes[@]}"
  fi
} >"$md"
cat "$md"
