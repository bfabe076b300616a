#!/usr/bin/env bash
# Build the one-folder bundle dist/Feltkart/ with PyInstaller and check that the frozen program runs.
#
#   scripts/build_bundle.sh            build, strip (Linux), self-test against a new and a demo database
#   scripts/build_bundle.sh --check    only the checks, on an existing dist/Feltkart/
#
# Linux: the shared libraries are stripped after the build, except those in *.libs folders (numpy's OpenBLAS
# breaks when stripped: "ELF load command address/offset not page-aligned"). The checks run offscreen and use
# a scratch folder for the user's data, logs and settings, so they touch nothing of the builder's own.
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux*) exe=dist/Feltkart/Feltkart ;;
  Darwin*) exe=dist/Feltkart.app/Contents/MacOS/Feltkart ;;
  *) exe=dist/Feltkart/Feltkart.exe ;;
esac

if [[ "${1:-}" != "--check" ]]; then
  echo "bundle: building"
  uv run pyinstaller build.spec --noconfirm --clean --log-level WARN
  if [[ "$(uname -s)" == Linux* ]] && command -v strip >/dev/null; then
    echo "bundle: stripping shared libraries (not the *.libs folders, not the executable)"
    find dist/Feltkart/_internal -type f -name "*.so*" -not -path "*.libs/*" -print0 \
      | xargs -0 -r strip --strip-unneeded 2>/dev/null || true
  fi
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
touch "$scratch/built"  # anything in dist/ newer than this was written by the checks: not allowed
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_STATE_HOME="$scratch/state" \
  XDG_CACHE_HOME="$scratch/cache" QT_QPA_PLATFORM=offscreen

echo "bundle: self-test on a new database"
"$exe" --self-test --db "$scratch/new.sqlite"
echo "bundle: demo database made by the frozen program"
"$exe" demo --db "$scratch/demo.sqlite" --interviews 120 --seed 7
echo "bundle: self-test on the demo database"
"$exe" --self-test --db "$scratch/demo.sqlite"
echo "bundle: an encrypted demo database: encrypted, refused without its passphrase, self-test with it"
printf 'korrekt hest batteri stift\n' > "$scratch/passphrase.txt"
"$exe" demo --db "$scratch/secret.sqlite" --interviews 60 --seed 3 --with-names
"$exe" encrypt --db "$scratch/secret.sqlite" --passphrase-file "$scratch/passphrase.txt"
if head -c 16 "$scratch/secret.sqlite" | grep -q "SQLite format 3"; then
  echo "bundle: the encrypted database starts as a plain one" >&2
  exit 1
fi
if "$exe" --self-test --db "$scratch/secret.sqlite" 2>/dev/null; then
  echo "bundle: the encrypted database opened without its passphrase" >&2
  exit 1
fi
"$exe" --self-test --db "$scratch/secret.sqlite" --passphrase-file "$scratch/passphrase.txt"
FELTKART_PASSPHRASE="korrekt hest batteri stift" "$exe" package --db "$scratch/secret.sqlite" \
  --out "$scratch/secret.feltkart"
echo "bundle: that package merged by the frozen program into a new laptop encrypted before it joined"
"$exe" --self-test --db "$scratch/joined.sqlite"
"$exe" encrypt --db "$scratch/joined.sqlite" --passphrase-file "$scratch/passphrase.txt"
FELTKART_PASSPHRASE="korrekt hest batteri stift" "$exe" merge --db "$scratch/joined.sqlite" "$scratch/secret.feltkart"
"$exe" --self-test --db "$scratch/joined.sqlite" --passphrase-file "$scratch/passphrase.txt"
echo "bundle: export from the frozen program"
"$exe" export --db "$scratch/demo.sqlite" --format xlsx --out "$scratch/demo.xlsx"
"$exe" export --db "$scratch/demo.sqlite" --format pdf --out "$scratch/demo.pdf"
echo "bundle: an encrypted export from the frozen program, opened with its passphrase"
passphrase=$("$exe" export --db "$scratch/demo.sqlite" --format csv --include-names --encrypt-zip \
  --out "$scratch/demo.zip" 2>/dev/null)
uv run python -c "import sys, pyzipper; z = pyzipper.AESZipFile(sys.argv[1]); z.setpassword(sys.argv[2].encode()); \
assert z.testzip() is None and 'demo/informanter.csv' in z.namelist()" "$scratch/demo.zip" "$passphrase"
if ! ls "$XDG_CACHE_HOME"/Feltkart/matplotlib/fontlist-*.json >/dev/null 2>&1; then
  echo "bundle: matplotlib's cache is not in Feltkart's cache folder" >&2
  exit 1
fi
written=$(find dist/Feltkart -newer "$scratch/built")
if [[ -n "$written" ]]; then
  echo "bundle: the frozen program wrote into the bundle:" >&2
  echo "$written" >&2
  exit 1
fi
size=$(du -sm dist/Feltkart | cut -f1)
files=$(find dist/Feltkart | wc -l)
echo "bundle: OK, dist/Feltkart is ${size} MB in ${files} files"
