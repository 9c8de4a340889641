#!/usr/bin/env bash
# Smoke test of the .deb that packaging/build.sh leaves in target/dist/: installs it with dpkg, runs the
# installed launcher (--version; the ladder on a shared dataset; the window under xvfb-run, whose
# screenshot must not be blank), then uninstalls it. Needs root, dpkg, xvfb-run and ImageMagick
# (import, identify) and xwininfo (x11-utils); the screenshot is kept as target/dist/smoke-window.png.
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=/opt/ladderbench/bin/ladderbench
dataset=../shared/datasets/weka_diabetes.csv
shot=target/dist/smoke-window.png

debs=(target/dist/ladderbench_*_amd64.deb)
if [[ ! -f ${debs[0]} ]]; then
    echo "No target/dist/ladderbench_*_amd64.deb: run packaging/build.sh first." >&2
    exit 2
fi
if [[ $(dpkg-query -W -f '${Status}' ladderbench 2>/dev/null) == *" installed" ]]; then
    echo "The ladderbench package is already installed: remove it (dpkg -r ladderbench) so the test does not." >&2
    exit 2
fi

uninstall() {
    echo "== dpkg -r ladderbench"
    dpkg -r ladderbench
    dpkg --purge ladderbench   # forgets the maintainer scripts that dpkg -r keeps
    if [[ -e $launcher || -e /usr/share/applications/ladderbench-ladderbench.desktop ]]; then
        echo "FAIL: files left behind after dpkg -r" >&2
        exit 1
    fi
}

echo "== dpkg -i ${debs[0]}"
trap uninstall EXIT
trap 'exit 1' INT TERM   # so that a timeout still uninstalls
dpkg -i "${debs[0]}"

echo "== desktop entry"
entry=/usr/share/applications/ladderbench-ladderbench.desktop
grep -E '^(Name|Exec|MimeType)=' "$entry"
for type in text/csv application/x-ladderbench-pipeline application/x-ladderbench-session; do
    grep -q "^MimeType=.*$type" "$entry" || { echo "FAIL: $entry does not list $type" >&2; exit 1; }
done

echo "== $launcher --version"
"$launcher" --version

echo "== $launcher ladder $dataset --target class"
status=0
"$launcher" ladder "$dataset" --target class > target/dist/smoke-ladder.txt || status=$?
tail -n 3 target/dist/smoke-ladder.txt
if [[ $status -gt 1 ]]; then   # 0: no fail finding, 1: a fail finding; both mean the ladder ran
    echo "FAIL: the ladder exited with $status" >&2
    exit 1
fi
grep -q 'findings\. Exit' target/dist/smoke-ladder.txt || { echo "FAIL: no findings tally" >&2; exit 1; }

echo "== $launcher $dataset (as a double-click on the file does), under xvfb-run"
rm -f "$shot"
# Starts the launcher on the dataset and waits (polling every two seconds, 90 seconds at most) until
# its window's title names the dataset, i.e. the window is up and the file was read; then screenshots
# the screen once it has settled, and closes the launcher.
LAUNCHER=$launcher DATASET=$dataset SHOT=$shot xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$LAUNCHER" "$DATASET" > target/dist/smoke-gui.log 2>&1 &
    app=$!
    for _ in $(seq 45); do
        sleep 2
        kill -0 "$app" 2>/dev/null || { echo "the launcher exited early:"; cat target/dist/smoke-gui.log; exit 1; }
        title=$(xwininfo -root -tree | grep -o "\"Ladderbench[^\"]*weka_diabetes[^\"]*\"" | head -n 1)
        [[ -n $title ]] && break
    done
    # The title changes before the data is painted: screenshot until three in a row are the same.
    previous=
    same=0
    for _ in $(seq 20); do
        sleep 3
        import -window root "$SHOT"
        current=$(md5sum < "$SHOT")
        if [[ $current == "$previous" ]]; then same=$((same + 1)); else same=0; fi
        [[ $same == 2 ]] && break
        previous=$current
    done
    echo "window title: ${title:-none}"
    kill "$app"
    wait "$app" || true
    [[ -n $title ]]
' || { echo "FAIL: no window showing $dataset" >&2; exit 1; }
deviation=$(identify -format '%[fx:standard_deviation]' "$shot")
colours=$(identify -format '%k' "$shot")
echo "screenshot $shot: $colours colours, standard deviation $deviation"
if [[ $colours -le 64 ]]; then
    echo "FAIL: the screenshot is blank: the window did not open" >&2
    exit 1
fi
if grep -q -i 'unsupported JavaFX configuration' target/dist/smoke-gui.log; then
    echo "FAIL: JavaFX ran from the class path:" >&2
    cat target/dist/smoke-gui.log >&2
    exit 1
fi
echo "PASS"
