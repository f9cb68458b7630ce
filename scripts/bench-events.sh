#!/usr/bin/env bash
# Times `steadfast events aggregate` against DuckDB and pandas on the same GDELT file, as whole
# processes, alternating, several runs; prints each run, then medians and ratios.
#
# usage: scripts/bench-events.sh FILE [RUNS] [BENCH_DIR]
#   FILE       a GDELT 1.0 export, e.g. from: python3 ../shared/bench/gen_gdelt.py 1000000 /tmp/gdelt1m.tsv 42
#   RUNS       runs of each command (default 7)
#   BENCH_DIR  the baselines (default ../shared/bench); needs duckdb, pandas, pyarrow
# Set STEADFAST to the binary (default .build/release/steadfast).
set -euo pipefail
file=$1
runs=${2:-7}
bench=${3:-$(dirname "$0")/../../shared/bench}
steadfast=${STEADFAST:-.build/release/steadfast}
threads=$(nproc)

declare -A commands=(
    [steadfast]="$steadfast events aggregate $file --by dyad-month-root"
    [duckdb]="python3 $bench/duck_agg.py $file $threads oneshot"
    [pandas-c]="python3 $bench/pandas_agg.py $file c"
    [pandas-pyarrow]="python3 $bench/pandas_agg.py $file pyarrow"
)
order=(steadfast duckdb pandas-c pandas-pyarrow)
declare -A times cpus

# "wall cpu" seconds of one whole process (cpu = user + system, less sensitive to a loaded machine)
elapsed() {
    /usr/bin/time -f "%e %U %S" -o /tmp/bench-events.time bash -c "$1" > /dev/null 2>&1
    awk '{printf "%s %.2f\n", $1, $2 + $3}' /tmp/bench-events.time
}

cat "$file" > /dev/null
for run in $(seq 1 "$runs"); do
    for name in "${order[@]}"; do
        read -r t c <<< "$(elapsed "${commands[$name]}")"
        times[$name]="${times[$name]:-} $t"
        cpus[$name]="${cpus[$name]:-} $c"
        printf 'run %d %-15s %.2f s wall, %.2f s cpu\n' "$run" "$name" "$t" "$c"
    done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
base=$(echo "${times[steadfast]}" | median)
cbase=$(echo "${cpus[steadfast]}" | median)
echo
printf '%-15s %12s %9s %13s %12s %13s\n' command "median wall" "min wall" "wall ratio" "median cpu" "cpu ratio"
for name in "${order[@]}"; do
    m=$(echo "${times[$name]}" | median)
    lo=$(echo "${times[$name]}" | tr ' ' '\n' | grep -v '^$' | sort -g | head -1)
    c=$(echo "${cpus[$name]}" | median)
    printf '%-15s %12.2f %9.2f %13.2f %12.2f %13.2f\n' "$name" "$m" "$lo" "$(echo "$m / $base" | bc -l)" "$c" \
        "$(echo "$c / $cbase" | bc -l)"
done
echo "(ratios: each command's median over steadfast's; steadfast takes 1/ratio of its time)"
