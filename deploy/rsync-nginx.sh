#!/bin/sh
# Build the site and copy it to an office nginx over SSH (docs/publishing.md). Run it on a
# Linux machine that holds a clone of the repository and may log in to the web server with
# an SSH key: by hand, from cron after a `git pull`, or as a CI job.
#
#   DEPLOY_TARGET=web@may-chu.tinh.gov.vn:/var/www/bang-vang/ sh deploy/rsync-nginx.sh
#
# The content is checked first: a broken entry stops here with the Vietnamese messages of
# `npm run check:content`, and the live site stays as it was. The server's configuration is
# docs/deploy/nginx.conf.
set -eu
cd "$(dirname "$0")/.."

: "${DEPLOY_TARGET:?Đặt DEPLOY_TARGET=nguoi-dung@may-chu:/thu-muc/ (nơi nginx phục vụ trang)}"
# Kept between runs: unchanged pages are not rendered again.
export ASTRO_CACHE_DIR="${ASTRO_CACHE_DIR:-$HOME/.cache/bang-vang/astro}"
export ASTRO_TELEMETRY_DISABLED=1

npm ci
npm run check:content
npm run build
# --delay-updates puts every new file in place at the end, so visitors never see half a site;
# --delete removes pages that are gone from the build.
rsync --archive --compress --delete --delay-updates dist/ "$DEPLOY_TARGET"
echo "Đã xuất bản lên $DEPLOY_TARGET"
