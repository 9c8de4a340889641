#!/usr/bin/env bash
# Builds the Ladderbench installers with jpackage: a jlink-trimmed runtime (the JDK modules jdeps finds,
# plus JavaFX), the app image, and the platform's installer: .deb on Linux, .msi on Windows (Git Bash,
# WiX 3 on the PATH), .dmg on macOS. Everything lands in target/dist/.
#
#   packaging/build.sh               mvn package (tests skipped), then runtime, app image and installer
#   packaging/build.sh --no-build    reuse target/ladderbench.jar and target/lib/ from an earlier mvn package
#   packaging/build.sh --app-image   stop after the app image
#
# MVN_ARGS is passed to Maven (e.g. MVN_ARGS=-o for offline).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
installer=1
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --app-image) installer=0 ;;
        *) echo "Unknown option '$arg'. Use --no-build and/or --app-image." >&2; exit 2 ;;
    esac
done

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=mac ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) echo "jpackage builds installers on Linux, Windows and macOS only, not on $(uname -s)." >&2; exit 2 ;;
esac

if [[ $build == 1 ]]; then
    # shellcheck disable=SC2086 # MVN_ARGS is a list of options
    mvn -q -B ${MVN_ARGS:-} -DskipTests package
fi
if [[ ! -f target/ladderbench.jar || ! -d target/lib ]]; then
    echo "target/ladderbench.jar is missing: run 'mvn package' first, or drop --no-build." >&2
    exit 2
fi

# The pom's version (version.properties is filtered by Maven). Installers want numbers only:
# 0.1.0-SNAPSHOT is packaged as 0.1.0, while 'ladderbench --version' still prints the full version.
version=$(sed -n 's/^version=//p' target/classes/dev/ladderbench/version.properties | tr -d '\r')
app_version=${version%%-*}
description=$(sed -n 's:.*<description>\(.*\)</description>.*:\1:p' pom.xml | head -n 1)

work=target/packaging
dist=target/dist
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$work/jmods" "$dist"

# The app's class path: our jar and every dependency except JavaFX, which goes into the runtime as
# named modules (so JavaFX runs in its supported configuration, not from the unnamed module).
cp target/ladderbench.jar "$work/input/"
fx_jars=()
for jar in target/lib/*.jar; do
    name=$(basename "$jar")
    case "$name" in
        javafx-*-[0-9]*-*.jar) fx_jars+=("$jar") ;;   # the platform jars (javafx-base-21.0.11-linux.jar)
        javafx-*) ;;                                  # the empty jars without a classifier
        *) cp "$jar" "$work/input/" ;;
    esac
done
if [[ ${#fx_jars[@]} == 0 ]]; then
    echo "No JavaFX platform jars in target/lib: run 'mvn package' on this platform." >&2
    exit 2
fi

# Maven Central has JavaFX as jars whose natives sit at the jar's root, which JavaFX would extract to
# ~/.openjfx/cache at each first start. Repacked as jmods, the natives go to the runtime's lib/ (bin\ on
# Windows), where JavaFX finds them directly, as with Gluon's jmods.
fx_modules=()
for jar in "${fx_jars[@]}"; do
    module=$(jar --describe-module --file "$jar" | head -n 1 | sed 's/@.*//; s/ .*//')
    fx_version=$(basename "$jar" | sed 's/^javafx-[a-z]*-\([0-9.]*\)-.*/\1/')
    unpacked="$work/fx/$module"
    mkdir -p "$unpacked/classes" "$unpacked/libs"
    (cd "$unpacked/classes" && jar xf "$OLDPWD/$jar")
    find "$unpacked/classes" -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) \
        -exec mv {} "$unpacked/libs/" \;
    rm -f "$unpacked/classes/javafx-swt.jar"   # SWT interop, unused
    jmod create --class-path "$unpacked/classes" --libs "$unpacked/libs" --module-version "$fx_version" \
        "$work/jmods/$module.jmod"
    fx_modules+=("$module")
done
fx_module_list=$(IFS=,; echo "${fx_modules[*]}")

# The JDK modules the app and its libraries use, as jdeps sees them; JavaFX is added whole (the modules
# the pom depends on), since the app may reach any of them.
fx_path=$(IFS=:; echo "${fx_jars[*]}")
[[ $os == windows ]] && fx_path=$(IFS=';'; echo "${fx_jars[*]}")
jdk_modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$fx_path" "$work"/input/*.jar | tail -n 1 | tr ',' '\n' | grep -v '^javafx\.' | paste -sd, -)
modules="$jdk_modules,$fx_module_list"
echo "Runtime modules: $modules"

jlink --module-path "$work/jmods" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"

# ControlsFX (on the class path) reaches into JavaFX internals; with JavaFX as named modules these must
# be opened to it, as javafx-maven-plugin does in the pom.
java_options=(
    --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
    --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED"
    --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED"
    --java-options "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED"
)
common=(
    --app-version "$app_version"
    --vendor "Ladderbench"
    --copyright "Copyright the Ladderbench authors, GPL-3.0-or-later"
    --description "$description"
    --dest "$dist"
)

image_options=()
case "$os" in
    linux)
        # jpackage takes the menu entry (its template with Name=Ladderbench and the file as %f, which
        # jpackage 17 leaves out), the package's icon (not --icon) and the maintainer scripts (see
        # postinst) from the resource dir.
        mkdir -p "$work/resources"
        cp packaging/linux/ladderbench.desktop packaging/linux/postinst packaging/linux/prerm "$work/resources/"
        cp icons/ladderbench-256.png "$work/resources/ladderbench.png"
        name=ladderbench
        icon=icons/ladderbench-256.png
        installer_type=deb
        installer_options=(
            --linux-package-name ladderbench
            --linux-app-category science
            --linux-menu-group "Science;Education;"
            --linux-shortcut
            --linux-deb-maintainer "ladderbench@users.noreply.github.com"
            --resource-dir "$work/resources"
        )
        ;;
    windows)
        name=Ladderbench
        icon=icons/ladderbench.ico
        installer_type=msi
        # The GUI launcher has no console: the command line gets its own launcher.
        image_options=(--add-launcher ladderbench-cli=packaging/windows/cli-launcher.properties)
        installer_options=(
            --win-menu --win-menu-group Ladderbench --win-shortcut --win-dir-chooser
            # One upgrade code for every version, so that a new .msi replaces the old one.
            --win-upgrade-uuid 6f4c2a51-2d0e-4f57-9b8e-6a1b3c7d9e20
        )
        ;;
    mac)
        name=Ladderbench
        icon=icons/ladderbench.icns
        installer_type=dmg
        image_options=(--mac-package-identifier dev.ladderbench --mac-package-name Ladderbench)
        installer_options=()
        # jpackage refuses a macOS bundle version whose first number is 0 (CFBundleVersion rule).
        if [[ $app_version == 0.* ]]; then
            echo "macOS: jpackage refuses version $app_version (first number 0); the bundle is marked 1.0.0." >&2
            common[1]=1.0.0
        fi
        ;;
esac

jpackage --type app-image --name "$name" --icon "$icon" \
    --input "$work/input" --main-jar ladderbench.jar --main-class dev.ladderbench.Main \
    --runtime-image "$work/runtime" "${java_options[@]}" ${image_options[@]+"${image_options[@]}"} "${common[@]}"
app_image="$dist/$name"
[[ $os == mac ]] && app_image="$dist/$name.app"
echo "App image: $app_image ($(du -sh "$app_image" | cut -f1))"

if [[ $installer == 1 ]]; then
    associations=()
    for properties in packaging/associations/*.properties; do
        associations+=(--file-associations "$properties")
    done
    # (${array[@]+...} keeps an empty array from tripping set -u in macOS's bash 3.2.)
    jpackage --type "$installer_type" --name "$name" --app-image "$app_image" \
        --license-file LICENSE "${associations[@]}" ${installer_options[@]+"${installer_options[@]}"} "${common[@]}"
    if [[ $os == linux ]]; then
        # jpackage names it ladderbench_0.1.0-1_amd64.deb (with the Debian revision): drop the revision.
        mv "$dist/ladderbench_${app_version}-1_amd64.deb" "$dist/ladderbench_${app_version}_amd64.deb"
    fi
    ls -l "$dist"
fi
