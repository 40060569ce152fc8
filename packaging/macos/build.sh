#!/usr/bin/env bash
# Builds "ITU Meeting Planner.app" and a .dmg. Run on macOS with Python 3.11+ (Xcode command line
# tools for iconutil and hdiutil). Built and tested on macOS, not on the project's Linux machines.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv-mac
.venv-mac/bin/pip install . pyinstaller
.venv-mac/bin/python packaging/build.py --icons-only
# The .icns from the PNGs the build script drew.
iconset=build/icons/scheduler-app.iconset
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "build/icons/${size}x${size}.png" "$iconset/icon_${size}x${size}.png"
done
cp build/icons/32x32.png "$iconset/icon_16x16@2x.png"
cp build/icons/64x64.png "$iconset/icon_32x32@2x.png"
cp build/icons/256x256.png "$iconset/icon_128x128@2x.png"
cp build/icons/512x512.png "$iconset/icon_256x256@2x.png"
iconutil -c icns "$iconset" -o build/icons/scheduler-app.icns
.venv-mac/bin/python packaging/build.py
version=$(.venv-mac/bin/python -c "import scheduler_app; print(scheduler_app.__version__)")
hdiutil create -volname "ITU Meeting Planner" -srcfolder "dist/ITU Meeting Planner.app" \
  -ov -format UDZO "dist/scheduler-app-${version}.dmg"
"dist/ITU Meeting Planner.app/Contents/MacOS/scheduler-app" --version
