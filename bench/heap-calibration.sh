#!/bin/sh
# Bisects the smallest -Xmx (in MB, to 5 MB) in which each FILE loads, and prints it beside the estimate made
# before loading and the heap the loaded data retains. Needs the test classes and the class path:
#   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#   bench/heap-calibration.sh FILE...
# CLASSES=DIR takes the classes from a copy of target/ (so that a build meanwhile does not disturb the runs).
set -eu
classes=${CLASSES:-target}
cp="$classes/classes:$classes/test-classes:$(cat target/cp.txt)"
probe=dev.ladderbench.core.data.LoadHeapProbe
for file in "$@"; do
    estimate=$(java -Xmx1g -cp "$cp" $probe estimate "$file")
    lo=16; hi=2048
    while [ $((hi - lo)) -gt 5 ]; do
        mid=$(((lo + hi) / 2))
        if java -Xmx${mid}m -cp "$cp" $probe load "$file" > /dev/null 2>&1; then hi=$mid; else lo=$mid; fi
    done
    loaded=$(java -Xmx${hi}m -cp "$cp" $probe load "$file" || echo "failed again at ${hi}m")
    echo "$(wc -c < "$file") bytes | $estimate | loads in -Xmx${hi}m (fails in ${lo}m) | $loaded"
done
