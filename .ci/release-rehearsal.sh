#!/usr/bin/env bash
# Release rehearsal (issue 17; docs/releasing.md): in a throw-away copy of the repository, run
# `changeset version`, publish every package to a local Verdaccio on 127.0.0.1 (started and stopped
# here), install @virta/indicators and @virta/cli by name and version into a fresh npm project and run
# the example. Also checks that the produced changelogs name the indicator ids with their class (A/B).
# Run after `pnpm build` from the repository root: bash .ci/release-rehearsal.sh
# Needs the npm registry (for Verdaccio 6.8.0 itself and the packages' dependencies; 6.10 needs Node 22).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/virta-release-XXXXXX")"
PORT="${VIRTA_VERDACCIO_PORT:-4873}"
REGISTRY="http://127.0.0.1:$PORT/"
VERDACCIO_PID=""
cleanup() {
  if [ -n "$VERDACCIO_PID" ]; then
    kill "$VERDACCIO_PID" 2>/dev/null || true
    wait "$VERDACCIO_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "--- throw-away copy of the tracked files and the built dist folders ($WORK/repo)"
mkdir -p "$WORK/repo"
(cd "$ROOT" && git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$WORK/repo")
for dir in "$ROOT"/packages/*/; do
  name=$(basename "$dir")
  cp -r "$dir/dist" "$WORK/repo/packages/$name/dist"
done

echo "--- changeset version"
before=$(node -p "require('$WORK/repo/packages/indicators/package.json').version")
(cd "$WORK/repo" && node "$ROOT/node_modules/@changesets/cli/bin.js" version >/dev/null)
version() { node -p "require('$WORK/repo/packages/$1/package.json').version"; }
echo "@virta/indicators $before -> $(version indicators); @virta/cli -> $(version cli)"

echo "--- changelogs name the indicator ids of their changesets, and every A/B definition change"
node - "$ROOT" "$WORK/repo" <<'EOF'
const { readFileSync, readdirSync, existsSync } = require("node:fs");
const [root, repo] = process.argv.slice(2);
const AREAS = "availability|population_health|service_need|customer_experience|staff|costs|productivity";
const ID = new RegExp(String.raw`\b(?:${AREAS})(?:\.[a-z0-9_]+){2,}`, "g");
const changelogs = ["core", "concepts", "indicators", "adapters", "cli"]
  .map((name) => `${repo}/packages/${name}/CHANGELOG.md`)
  .filter(existsSync)
  .map((path) => readFileSync(path, "utf8"))
  .join("\n");
let failures = 0;
for (const file of readdirSync(`${root}/.changeset`).filter((name) => name.endsWith(".md") && name !== "README.md")) {
  for (const id of new Set(readFileSync(`${root}/.changeset/${file}`, "utf8").match(ID) ?? [])) {
    if (!changelogs.includes(id)) {
      console.error(`FAIL: ${id} (named in .changeset/${file}) is missing from the changelogs`);
      failures++;
    }
  }
}
// A definition whose own changelog has a class A or B entry must be named, with its class, in the package changelog.
const catalogue = JSON.parse(readFileSync(`${repo}/packages/indicators/catalogue.json`, "utf8"));
let changed = 0;
for (const indicator of catalogue.indicators) {
  const entries = (indicator.definition.changelog ?? []).filter((entry) => entry.class === "A" || entry.class === "B");
  for (const entry of entries) {
    changed++;
    const line = changelogs.split("\n").find((text) => text.includes(indicator.id) && text.includes(`${entry.class}:`));
    if (line === undefined) {
      console.error(
        `FAIL: ${indicator.id} ${entry.version} (class ${entry.class}) is not named as "${entry.class}: …"`,
      );
      failures++;
    }
  }
}
console.log(`${changed} class A/B definition change(s) in the catalogue; ids in changesets checked`);
process.exit(failures === 0 ? 0 : 1);
EOF

echo "--- Verdaccio 6.8.0 on $REGISTRY"
mkdir -p "$WORK/verdaccio"
npm install --prefix "$WORK/verdaccio" --no-audit --no-fund --loglevel=error verdaccio@6.8.0 >/dev/null
cat >"$WORK/verdaccio/config.yaml" <<EOF
storage: $WORK/verdaccio/storage
auth:
  htpasswd:
    file: $WORK/verdaccio/htpasswd
    max_users: -1
uplinks: {}
packages:
  "@virta/*":
    access: \$all
    publish: \$anonymous
  "**":
    access: \$all
log: { type: stdout, format: pretty, level: warn }
EOF
"$WORK/verdaccio/node_modules/.bin/verdaccio" --config "$WORK/verdaccio/config.yaml" --listen "127.0.0.1:$PORT" \
  >"$WORK/verdaccio/log.txt" 2>&1 &
VERDACCIO_PID=$!
for _ in $(seq 1 60); do
  curl -fs "${REGISTRY}-/ping" >/dev/null 2>&1 && break
  sleep 0.5
done
if ! curl -fs "${REGISTRY}-/ping" >/dev/null; then
  cat "$WORK/verdaccio/log.txt"
  echo "FAIL: Verdaccio did not start"
  exit 1
fi

echo "--- publish every package to Verdaccio (workspace:* becomes the exact version, as pnpm publish does)"
NPMRC="$WORK/publish.npmrc"
printf '//127.0.0.1:%s/:_authToken=rehearsal\n' "$PORT" >"$NPMRC"
for name in core concepts indicators adapters cli; do
  node -e '
    const fs = require("node:fs");
    const [file, repo] = process.argv.slice(1);
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
        if (!range.startsWith("workspace:")) continue;
        const folder = dependency.replace("@virta/", "");
        manifest[field][dependency] = require(`${repo}/packages/${folder}/package.json`).version;
      }
    }
    delete manifest.devDependencies;
    fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  ' "$WORK/repo/packages/$name/package.json" "$WORK/repo"
  (cd "$WORK/repo/packages/$name" &&
    NPM_CONFIG_USERCONFIG="$NPMRC" npm publish --registry "$REGISTRY" --ignore-scripts --loglevel=error >/dev/null)
  echo "published @virta/$name@$(version "$name")"
done

echo "--- install @virta/indicators and @virta/cli by name and version into a fresh project"
APP="$WORK/app"
mkdir -p "$APP"
printf '{ "name": "virta-release-rehearsal", "private": true, "type": "module" }\n' >"$APP/package.json"
printf '@virta:registry=%s\n' "$REGISTRY" >"$APP/.npmrc"
(cd "$APP" && npm install --no-audit --no-fund --loglevel=error \
  "@virta/indicators@$(version indicators)" "@virta/cli@$(version cli)" >/dev/null)
installed=$(node -p "require('$APP/node_modules/@virta/indicators/package.json').version")
[ "$installed" = "$(version indicators)" ] || { echo "FAIL: installed @virta/indicators $installed"; exit 1; }

expected=$'organizer,numerator,denominator,value,suppressed\n14,4,6,66.7,false\n17,,,,true'
got=$(cd "$APP" && npx --no-install virta compute availability.primary_care.within_14_days \
  --data "$ROOT/examples/primary-care-within-14-days/visits.csv" --period 2024 --by organizer --format csv)
[ "$got" = "$expected" ] || { printf 'FAIL: virta compute printed\n%s\n' "$got"; exit 1; }
[ "$(cd "$APP" && npx --no-install virta --version)" = "$(version cli)" ] || { echo "FAIL: virta --version"; exit 1; }
echo "ok: virta $(version cli) from the registry computes the example (14: 66.7, 17 suppressed)"
echo "release rehearsal: all checks passed"
