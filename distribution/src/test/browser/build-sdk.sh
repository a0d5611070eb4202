#!/usr/bin/env bash
# Bundles the AWS SDK for JavaScript v3 DynamoDB client into one file for BrowserSdkIT's page:
# npm installs the locked versions of package-lock.json into OUT (a folder under target/, never
# committed) and esbuild bundles entry.js there as OUT/sdk.js. Usage: build-sdk.sh OUT
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$1"
mkdir -p "$out"
cp "$here/package.json" "$here/package-lock.json" "$here/entry.js" "$out/"
cd "$out"
npm ci --no-audit --no-fund --loglevel=error
npx --no-install esbuild entry.js --bundle --format=iife --platform=browser --outfile=sdk.js --log-level=warning
