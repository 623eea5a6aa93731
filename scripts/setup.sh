#!/bin/sh
# Installs the project's dependencies (Node 22 among them) when they are missing or older than the
# lockfile. Runs with whatever Node and npm the machine has; everything after it runs on Node 22.
set -e
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/node ] || [ ! -x node_modules/.bin/astro ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
export ASTRO_TELEMETRY_DISABLED=1
