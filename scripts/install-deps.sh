#!/usr/bin/env bash
# Installs the Debian 12 packages SegmentScope needs to build, test and run headless.
# clang-14 with its runtimes (libFuzzer, the sanitizers: libclang-rt-14-dev) and its OpenMP
# (libomp-14-dev) build the fuzz targets of tests/fuzz/ (preset fuzz).
# libcpp-httplib-dev serves scores over HTTP (segscope serve); wrk measures it (bench/serve_load.sh).
# libxlsxwriter-dev writes the persona report's workbook (XLSX), qt6-pdf-dev shows the report's
# preview in the explorer; poppler-utils (pdftotext) and unzip let the tests read both back.
# desktop-file-utils, appstream, man-db, groff-base and bash-completion check the Debian package's
# desktop entry, metainfo, man pages and completion (tests/packaging). python3 runs the translation
# check (scripts/check_translations.py); locales-all lets the tests run the programs in German,
# French and Spanish locales.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q -o DPkg::Lock::Timeout=300 --no-install-recommends \
  build-essential cmake ninja-build ccache \
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
  qt6-l10n-tools qt6-qpa-plugins \
  libeigen3-dev libsqlite3-dev zlib1g-dev libboost-serialization-dev libhnswlib-dev libspectra-dev \
  nlohmann-json3-dev libnlopt-cxx-dev libgl-dev libcpp-httplib-dev wrk \
  libxlsxwriter-dev qt6-pdf-dev pkg-config unzip \
  xvfb xauth poppler-utils fonts-dejavu-core \
  clang-14 libclang-rt-14-dev libomp-14-dev \
  desktop-file-utils appstream man-db groff-base bash-completion \
  python3 locales-all
