/**
 * The workbench page's script (issue 18): picks the files, the indicator, period and breakdown, starts
 * the worker (worker.ts), shows its progress, the rejections, the result table (the very CSV that
 * `virta compute --format csv` writes, F30), a bar chart with a text alternative, and the downloads.
 * No network request is made; the files never leave the browser. Runs under a strict CSP: no inline
 * script or style, no eval; the indicator list comes from a JSON block of the page.
 */
import type { RunMessage, WorkerMessage } from "./protocol";
import { WORDS, type Lang } from "./words";

interface IndicatorInfo {
  id: string;
  title: string;
  concepts: string[];
  /** [name, label in the page's language] */
  breakdowns: Array<[string, string]>;
  periods: string;
  asOf: boolean;
  unit: string;
}

const lang = (document.documentElement.lang as Lang) || "fi";
const say = (key: keyof typeof WORDS) => WORDS[key][lang];
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const indicators: IndicatorInfo[] = JSON.parse($("indicator-data").textContent ?? "[]");
const byId = new Map(indicators.map((info) => [info.id, info]));

const files = $<HTMLInputElement>("files");
const drop = $("drop");
const fileList = $("file-list");
const indicator = $<HTMLSelectElement>("indicator");
const period = $<HTMLInputElement>("period");
const breakdowns = $("breakdowns");
const asOfRow = $("as-of-row");
const asOf = $<HTMLInputElement>("as-of");
const ageGroups = $<HTMLSelectElement>("age-groups");
const runButton = $<HTMLButtonElement>("run");
const progress = $<HTMLProgressElement>("progress");
const status = $("status");
const output = $("output");
let chosen: File[] = [];
const urls: string[] = [];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function guessConcept(name: string, concepts: readonly string[]): string {
  const lower = name.toLowerCase();
  return concepts.find((concept) => lower.includes(concept)) ?? concepts[0]!;
}

function showFiles(): void {
  const info = byId.get(indicator.value)!;
  fileList.replaceChildren(
    ...chosen.map((file, index) => {
      const item = element("li");
      const label = element("label", `${file.name} (${(file.size / 1e6).toFixed(1)} MB) → `);
      label.htmlFor = `concept-${index}`;
      const select = element("select");
      select.id = `concept-${index}`;
      for (const concept of info.concepts) select.append(new Option(concept, concept));
      select.value = guessConcept(file.name, info.concepts);
      item.append(label, select);
      return item;
    }),
  );
  runButton.disabled = chosen.length === 0;
}

function showIndicator(): void {
  const info = byId.get(indicator.value)!;
  breakdowns.replaceChildren(
    ...info.breakdowns.map(([name, text]) => {
      const label = element("label", ` ${text}`);
      const box = element("input");
      box.type = "checkbox";
      box.value = name;
      box.checked = name === "organizer";
      label.prepend(box);
      return label;
    }),
  );
  asOfRow.hidden = !info.asOf;
  period.placeholder = info.periods === "census" ? "2024-12-31" : "2024";
  if (info.periods === "census" && !/^\d{4}-\d{2}-\d{2}$/.test(period.value)) period.value = "2024-12-31";
  if (info.periods !== "census" && /^\d{4}-\d{2}-\d{2}$/.test(period.value)) period.value = "2024";
  showFiles();
}

function csvRows(text: string): string[][] {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));
}

function table(
  header: readonly string[],
  rows: readonly string[][],
  className: string,
  label: string,
  shown: (cell: string, column: number, row: readonly string[]) => string = (cell) => cell,
  headerShown: (name: string) => string = (name) => name,
): HTMLElement {
  const box = element("div", undefined, "scroll");
  box.setAttribute("role", "region");
  box.tabIndex = 0;
  box.setAttribute("aria-label", label);
  const t = element("table", undefined, className);
  const head = element("tr");
  for (const name of header) {
    const th = element("th", headerShown(name));
    th.dataset.csv = name;
    head.append(th);
  }
  const body = element("tbody");
  for (const row of rows) {
    const tr = element("tr");
    row.forEach((cell, index) => {
      const td = element("td", shown(cell, index, row));
      td.dataset.csv = cell;
      if (index >= header.length - 4 && index < header.length - 1) td.className = "num";
      tr.append(td);
    });
    body.append(tr);
  }
  const thead = element("thead");
  thead.append(head);
  t.append(thead, body);
  box.append(t);
  return box;
}

function chart(rows: readonly string[][], header: readonly string[], unit: string, title: string): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const valueAt = header.indexOf("value");
  const shown = rows.slice(0, 40);
  const values = shown.map((row) => (/^-?\d/.test(row[valueAt] ?? "") ? Number(row[valueAt]) : null));
  const max = unit === "percent" ? 100 : Math.max(1e-9, ...values.map((v) => v ?? 0));
  const svg = document.createElementNS(ns, "svg");
  const height = 10 + shown.length * 22;
  svg.setAttribute("viewBox", `0 0 560 ${height}`);
  svg.setAttribute("class", "chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", title);
  const heading = document.createElementNS(ns, "title");
  heading.textContent = title;
  svg.append(heading);
  shown.forEach((row, index) => {
    const y = 5 + index * 22;
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", "190");
    label.setAttribute("y", String(y + 15));
    label.setAttribute("text-anchor", "end");
    label.textContent = row.slice(0, valueAt - 2).join(" · ");
    svg.append(label);
    const value = values[index];
    const text = document.createElementNS(ns, "text");
    text.setAttribute("y", String(y + 15));
    if (value === null) {
      text.setAttribute("x", "200");
      text.setAttribute("class", "suppressed");
      text.textContent = row[valueAt] === ".." ? ".." : "–";
    } else {
      const width = Math.max(1, Math.round((value / max) * 300));
      const bar = document.createElementNS(ns, "rect");
      for (const [name, v] of [
        ["x", "196"],
        ["y", String(y + 3)],
        ["width", String(width)],
        ["height", "15"],
        ["fill", "#1f5f99"],
      ])
        bar.setAttribute(name!, v!);
      svg.append(bar);
      text.setAttribute("x", String(200 + width));
      text.textContent = row[valueAt]!;
    }
    svg.append(text);
  });
  return svg;
}

function download(text: string, name: string, type: string, label: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  const link = element("a", label);
  link.href = url;
  link.download = name;
  return link;
}

function show(message: Extract<WorkerMessage, { type: "result" }>): void {
  const info = byId.get(indicator.value)!;
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  const rows = csvRows(message.csv);
  const header = rows.shift()!;
  const suppressedAt = header.indexOf("suppressed");
  const shownRows = rows.map((row) =>
    row.map((cell, index) => (index === header.indexOf("value") && row[suppressedAt] === "true" ? ".." : cell)),
  );
  const account = Object.entries(message.result.input)
    .map(
      ([concept, a]) =>
        `${concept}: ${a.rows_read} ${say("read")}, ${a.rows_rejected} ${say("rejected")}, ` +
        `${a.rows_excluded} ${say("excluded")}, ${a.rows_in_population} ${say("inPopulation")}`,
    )
    .join("; ");
  const parts: HTMLElement[] = [element("h2", say("rejections"))];
  if (message.rejections.length === 0) parts.push(element("p", say("noRejections")));
  else
    parts.push(
      table(
        [say("row"), say("field"), say("value"), say("reason")],
        message.rejections.map((r) => [String(r.row), r.field, r.value, r.reason]),
        "rejections",
        say("rejections"),
      ),
    );
  parts.push(element("h2", say("result")), element("p", account));
  const labels = message.labels;
  const dimensions = header.length - 4;
  parts.push(
    table(
      header,
      rows,
      "result",
      say("result"),
      (cell, column, row) =>
        column < dimensions
          ? `${cell} ${labels[header[column]!]?.[cell] ?? ""}`.trim()
          : column === header.length - 2 && cell === ""
            ? row.at(-1) === "true"
              ? ".."
              : "–"
            : column === header.length - 1
              ? say(cell === "true" ? "yes" : "no")
              : cell,
      (name) => labels[""]?.[name] ?? name,
    ),
  );
  const figure = element("figure");
  figure.append(chart(shownRows, header, info.unit, `${info.title}, ${message.result.period.id}`));
  parts.push(figure);
  const links = element("p", undefined, "downloads");
  links.append(
    download(message.csv, `${info.id}.${message.result.period.id}.csv`, "text/csv", say("downloadCsv")),
    document.createTextNode(" · "),
    download(
      message.jsonstat,
      `${info.id}.${message.result.period.id}.jsonstat.json`,
      "application/json",
      say("downloadJsonStat"),
    ),
  );
  parts.push(links);
  output.replaceChildren(...parts);
  status.textContent =
    `${say("done")} ${message.rows.toLocaleString(lang)} ${say("rows")}, ` + `${message.seconds.toFixed(1)} s.`;
  status.dataset.seconds = String(message.seconds);
  progress.value = 1;
  runButton.disabled = false;
}

let worker: Worker | null = null;
function start(): void {
  const info = byId.get(indicator.value)!;
  const by = [...breakdowns.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
  runButton.disabled = true;
  output.replaceChildren();
  progress.value = 0;
  status.textContent = say("reading");
  worker ??= new Worker(new URL("workbench/worker.js", document.baseURI), { type: "module" });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === "progress") {
      progress.value = message.share;
      status.textContent =
        `${say(message.stage === "read" ? "read_" : message.stage)} ` + `${Math.round(message.share * 100)} %`;
    } else if (message.type === "error") {
      status.textContent = `${say("error")}: ${message.message}`;
      progress.value = 0;
      runButton.disabled = false;
    } else show(message);
  };
  Promise.all(chosen.map((file) => file.arrayBuffer())).then((buffers) => {
    const selects = fileList.querySelectorAll("select");
    const message: RunMessage = {
      type: "run",
      files: chosen.map((file, index) => ({
        name: file.name,
        concept: selects[index]?.value ?? info.concepts[0]!,
        bytes: buffers[index]!,
      })),
      id: info.id,
      period: period.value.trim(),
      by,
      ...(ageGroups.value ? { ageGroups: ageGroups.value } : {}),
      ...(info.asOf && asOf.value ? { asOf: asOf.value } : {}),
      lang,
    };
    worker!.postMessage(message, buffers);
  });
}

files.addEventListener("change", () => {
  chosen = [...(files.files ?? [])];
  showFiles();
});
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  chosen = [...(event.dataTransfer?.files ?? [])];
  showFiles();
});
indicator.addEventListener("change", showIndicator);
$("form").addEventListener("submit", (event) => {
  event.preventDefault();
  start();
});
if (location.protocol === "file:") status.textContent = say("serve");
showIndicator();
