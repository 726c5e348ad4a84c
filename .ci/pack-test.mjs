#!/usr/bin/env node
// The packed-tarball test (issue 17): what a vendor gets from `npm install`. Packs every package with
// `pnpm pack`, installs the tarballs into a fresh npm project outside the workspace and runs there an
// ESM script, a CommonJS script under --no-experimental-require-module, `tsc --noEmit` under node16,
// nodenext and bundler with skipLibCheck: false, the `virta` binary (--version, the example compute)
// and an esbuild browser bundle in headless Chromium with and without a strict CSP. Every result must
// equal the hand-checked rows of examples/primary-care-within-14-days. Run after `pnpm build`:
//   node .ci/pack-test.mjs            (keeps nothing; --keep leaves the project folder for a look)
// The npm registry must be reachable. arquero 8.0.3 pulls @uwdata/flechette ^2, whose 2.7.0 depends on a
// package the registry here does not serve: the project pins flechette 2.6.0 in `overrides`.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { EXPECTED_ROWS } from "./pack/example.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FIXTURES = join(ROOT, ".ci/pack");
const PACKAGES = ["core", "concepts", "indicators", "adapters", "cli"];
const EXAMPLE_CSV = join(ROOT, "examples/primary-care-within-14-days/visits.csv");
const EXAMPLE_OUTPUT = "organizer,numerator,denominator,value,suppressed\n14,4,6,66.7,false\n17,,,,true\n";
const CHROMIUM = process.env.VIRTA_CHROMIUM ?? "/usr/bin/chromium";
const workspaceRequire = createRequire(join(ROOT, "package.json"));

let failures = 0;
const started = Date.now();
function step(name) {
  console.log(`\n--- ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
function check(ok, what, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${ok || detail === "" ? "" : `\n     ${detail}`}`);
  if (!ok) failures++;
}
function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, what, `got ${a}\n     expected ${e}`);
}
function sh(command, args, options = {}) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
}

const base = mkdtempSync(join(tmpdir(), "virta-pack-"));
const tarballs = join(base, "tarballs");
const app = join(base, "app");
try {
  step(`pnpm pack every package into ${tarballs}`);
  const files = {};
  for (const name of PACKAGES) {
    sh("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(ROOT, "packages", name) });
  }
  for (const file of readdirSync(tarballs)) files[file.replace(/^virta-(.*)-\d+\.\d+\.\d+.*\.tgz$/, "$1")] = file;
  for (const name of PACKAGES) {
    const file = files[name];
    check(file !== undefined, `@virta/${name} packed`);
    const listing = sh("tar", ["-tzf", join(tarballs, file)]).split("\n");
    check(listing.includes("package/README.md") && listing.includes("package/LICENSE"), `${file}: README.md, LICENSE`);
    const manifest = JSON.parse(sh("tar", ["-xzOf", join(tarballs, file), "package/package.json"]));
    check(manifest.engines?.node !== undefined, `${file}: engines.node ${manifest.engines?.node}`);
    check(!JSON.stringify(manifest).includes("workspace:"), `${file}: no workspace: ranges left`);
    check(manifest.license === "MIT", `${file}: license MIT`);
  }

  step(`npm install the tarballs into a fresh project (${app})`);
  const tarball = (name) => `file:${join(tarballs, files[name])}`;
  const dependencies = Object.fromEntries(PACKAGES.map((name) => [`@virta/${name}`, tarball(name)]));
  writeFileSync(
    join(base, "package.json"),
    "{}\n", // a boundary: npm must not walk up into another project
  );
  sh("mkdir", ["-p", app]);
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify(
      {
        name: "virta-pack-test",
        private: true,
        dependencies: { ...dependencies, arquero: "8.0.3", "@types/node": "20.19.8" },
        overrides: { "@uwdata/flechette": "2.6.0" },
      },
      null,
      2,
    )}\n`,
  );
  sh("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app, stdio: "inherit" });
  for (const file of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, file), join(app, file));
  const [head, ...lines] = readFileSync(EXAMPLE_CSV, "utf8").trim().split("\n");
  const names = head.split(",");
  const rows = lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [names[i], value])));
  writeFileSync(join(app, "rows.json"), JSON.stringify(rows));

  step("ESM and CommonJS consumers");
  const esm = JSON.parse(sh("node", ["esm.mjs"], { cwd: app }));
  const cjs = JSON.parse(sh("node", ["--no-experimental-require-module", "cjs.cjs"], { cwd: app }));
  same(esm.rows, EXPECTED_ROWS, "ESM import: the example's rows");
  same(cjs, esm, "CommonJS require (--no-experimental-require-module): the same output as ESM");
  same(
    [esm.indicators, esm.valid, esm.decimal, esm.arquero],
    [22, 14, "0.3", 2],
    "catalogue, validate, Decimal, arquero",
  );
  same(esm.csv, EXAMPLE_OUTPUT, "formatResultCsv of the example");
  check(esm.sameWithoutCodegen === true, "codegen: false gives the same rows");
  same(
    esm.schemas,
    { result: true, row: true, sameUsageError: true, parseCatalogueJson: "function" },
    "the /schemas entries: result and row parse, defineIndicator throws the main entry's UsageError",
  );
  for (const name of PACKAGES) {
    const probe = `require("@virta/${name}"); process.stdout.write("ok")`;
    const out = sh("node", ["--no-experimental-require-module", "-e", probe], { cwd: app });
    check(out === "ok", `require("@virta/${name}") without require(esm)`);
  }

  step("tsc --noEmit with skipLibCheck: false (node16, nodenext, bundler; ESM and CommonJS consumers)");
  const tsc = workspaceRequire.resolve("typescript/bin/tsc");
  const settings = {
    node16: { module: "node16", moduleResolution: "node16" },
    nodenext: { module: "nodenext", moduleResolution: "nodenext" },
    bundler: { module: "preserve", moduleResolution: "bundler" },
  };
  const runs = Object.entries(settings).map(([name, resolution]) => ({ name, resolution, skipLibCheck: false }));
  // arquero 8.0.3's own declarations fail skipLibCheck: false (TS7008 in flechette, TS2370/TS1047 in
  // ColumnTable.d.ts): the optional arquero entry is checked with skipLibCheck: true.
  runs.push({ name: "arquero", resolution: settings.nodenext, skipLibCheck: true, files: ["arquero.mts"] });
  for (const { name, resolution, skipLibCheck, files = ["consumer.mts", "consumer.cts"] } of runs) {
    const config = {
      compilerOptions: {
        ...resolution,
        target: "es2022",
        lib: ["es2023", "dom"],
        types: ["node"],
        strict: true,
        skipLibCheck,
        noEmit: true,
      },
      files,
    };
    writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    let output = "";
    try {
      sh("node", [tsc, "-p", `tsconfig.${name}.json`], { cwd: app });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`.trim();
    }
    check(
      output === "",
      `tsc ${name} (skipLibCheck: ${skipLibCheck}, ${files.join(", ")})`,
      output.split("\n").slice(0, 12).join("\n     "),
    );
  }

  step("the virta binary");
  const virta = join(app, "node_modules/.bin/virta");
  const version = JSON.parse(readFileSync(join(app, "node_modules/@virta/cli/package.json"), "utf8")).version;
  same(sh(virta, ["--version"], { cwd: app }), `${version}\n`, "virta --version");
  const args = ["compute", "availability.primary_care.within_14_days", "--data", EXAMPLE_CSV, "--period", "2024"];
  same(sh(virta, [...args, "--by", "organizer", "--format", "csv"], { cwd: app }), EXAMPLE_OUTPUT, "virta compute");
  // The CSV reader's worker thread is one self-contained script in the tarball (issue 14).
  const workerScript = join(app, "node_modules/@virta/adapters/dist/csv-worker.cjs");
  same(existsSync(workerScript), true, "dist/csv-worker.cjs in @virta/adapters");
  // A CSV of 4 MiB or more is scanned in the CSV reader's worker thread (dist/csv-worker.cjs, issue 14):
  // the example's rows 4 000 times over (new visit ids, 5.9 MB) give organizer 14 4 000 × 4 of 4 000 × 6.
  const copies = Array.from({ length: 4_000 }, (_, copy) => lines.map((line) => line.replace(",", `x${copy},`)));
  const large = join(base, "large-visits.csv");
  writeFileSync(large, `${head}\n${copies.flat().join("\n")}\n`);
  const largeArgs = ["compute", "availability.primary_care.within_14_days", "--data", large, "--period", "2024"];
  const inWorker = sh(virta, [...largeArgs, "--by", "organizer", "--format", "csv"], { cwd: app });
  same(inWorker.split("\n")[1], "14,16000,24000,66.7,false", "virta compute on a 4 MiB CSV (worker thread)");
  const env = { ...process.env, VIRTA_CSV_WORKER: "0" };
  same(
    inWorker,
    sh(virta, [...largeArgs, "--by", "organizer", "--format", "csv"], { cwd: app, env }),
    "… = main thread",
  );
  same(
    sh("bash", ["-c", `"${virta}" list | head -1 >/dev/null; echo \${PIPESTATUS[0]}`], { cwd: app }),
    "0\n",
    "| head",
  );

  step("browser bundle (esbuild) in headless Chromium, with and without a strict CSP");
  const esbuild = workspaceRequire("esbuild");
  const bundle = await esbuild.build({
    entryPoints: [join(app, "browser-entry.mjs")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "error",
  });
  const code = bundle.outputFiles[0].text;
  console.log(`     bundle: ${code.length} B minified, ${gzipSync(code).length} B gzip`);
  const { chromium } = workspaceRequire("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const strict = "default-src 'none'; script-src 'self'";
    const cases = [
      { name: "no CSP", csp: null, codegen: undefined, violations: 0 },
      { name: `CSP "${strict}"`, csp: strict, codegen: undefined, violations: 1 },
      { name: "the same CSP, codegen: false", csp: strict, codegen: false, violations: 0 },
    ];
    for (const { name, csp, codegen, violations } of cases) {
      const page = await browser.newPage();
      // Counts every attempt to generate code (new Function / Function()), refused or not.
      await page.addInitScript(() => {
        const real = globalThis.Function;
        globalThis.codegenAttempts = 0;
        const count = (target, args) => {
          globalThis.codegenAttempts += 1;
          const where = new Error().stack.split("\n").slice(2, 4).join(" | ");
          try {
            const made = Reflect.construct(target, args);
            (globalThis.codegenStacks ??= []).push(`made ${where}`);
            return made;
          } catch (error) {
            (globalThis.codegenStacks ??= []).push(`refused ${where}`);
            throw error;
          }
        };
        globalThis.Function = new Proxy(real, { construct: count, apply: count });
      });
      await page.route("http://virta.test/**", (route) => {
        const headers = csp === null ? {} : { "content-security-policy": csp };
        const path = new URL(route.request().url()).pathname;
        if (path === "/bundle.js") return route.fulfill({ body: code, contentType: "text/javascript", headers });
        if (path === "/rows.js") {
          const body = `window.virtaRows = ${JSON.stringify(rows)}; window.virtaCodegen = ${JSON.stringify(codegen)};`;
          return route.fulfill({ body, contentType: "text/javascript", headers });
        }
        const html =
          '<!doctype html><meta charset="utf-8"><script src="rows.js"></script><script type="module" ' +
          'src="bundle.js"></script>';
        return route.fulfill({ body: html, contentType: "text/html", headers });
      });
      await page.goto("http://virta.test/index.html");
      await page.waitForFunction(() => window.virtaOutcome !== undefined);
      const result = await page.evaluate(() => window.virtaOutcome);
      if (result.error) throw new Error(`${name}: ${result.error}`);
      same(result.rows, esm.rows, `${name}: rows equal Node's`);
      same(result.input, esm.input, `${name}: input accounting equals Node's`);
      same([result.indicators, result.valid, result.same], [22, 14, true], `${name}: catalogue, validate, repeat`);
      const attempts = await page.evaluate(() => globalThis.codegenAttempts);
      if (process.env.VIRTA_DEBUG) console.log(await page.evaluate(() => globalThis.codegenStacks));
      check(
        result.violations.length <= violations && (csp === null || attempts <= violations),
        `${name}: at most ${violations} CSP violation report(s) and refused new Function attempt(s)`,
        `got ${result.violations.length} report(s) (${result.violations.join(", ")}), ${attempts} attempt(s)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  failures++;
  console.error(`FAIL ${error.stack ?? error}`);
  if (error.stdout || error.stderr) console.error(`${error.stdout ?? ""}${error.stderr ?? ""}`);
} finally {
  if (process.argv.includes("--keep")) console.log(`\nkept ${base}`);
  else rmSync(base, { recursive: true, force: true });
}
console.log(
  `\n${failures === 0 ? "packed tarballs: all checks passed" : `packed tarballs: ${failures} check(s) failed`}`,
);
process.exitCode = failures === 0 ? 0 : 1;
