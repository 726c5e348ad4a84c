/**
 * Small text writers of the conformance kit (issue 19): an input table as the CSV a region would export
 * (RFC 4180 quoting, LF line ends, absent values as empty cells — F1), a command line quoted for a POSIX
 * shell, and SHA-256 sums in the `sha256sum` format.
 */
import { createHash } from "node:crypto";
import { getConcept, isConceptName, isPersonalIdentityCode, maskIdentifier } from "@virta/concepts";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV text of one input table: the columns the rows use, in the concept's field order (F8), then any
 * other columns in order of first appearance; a key missing in a row is an empty cell (F1). A table
 * without rows gets the concept's whole header.
 *
 * @example
 * ```ts
 * inputCsv("cost", [{ organizer: "14", year: "2024", service_class: "x", net_cost_eur: "1,5" }]);
 * // "organizer,year,service_class,net_cost_eur\n14,2024,x,\"1,5\"\n"
 * ```
 */
export function inputCsv(concept: string, rows: ReadonlyArray<Record<string, unknown>>): string {
  const fields = isConceptName(concept) ? getConcept(concept).fields.map((field) => field.name) : [];
  const used = new Set(rows.flatMap((row) => Object.keys(row)));
  const columns = rows.length === 0 ? [...fields] : fields.filter((name) => used.has(name));
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map(cell).join(",")];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column])).join(","));
  return `${lines.join("\n")}\n`;
}

/**
 * A command line with each word quoted for a POSIX shell when it needs it.
 *
 * @example
 * ```ts
 * shellLine(["virta", "compute", "x", "--age-groups", "0-17,18+"]); // "virta compute x --age-groups 0-17,18+"
 * shellLine(["a b"]); // "'a b'"
 * ```
 */
export function shellLine(words: readonly string[]): string {
  return words.map((word) => (/^[\w.,:=/+@%-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`)).join(" ");
}

/**
 * The hex SHA-256 of a text (UTF-8).
 *
 * @example
 * ```ts
 * sha256Hex(""); // "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
 * ```
 */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * `sha256sum`-style lines for files (sorted by path), so `sha256sum -c SHA256SUMS` checks a kit.
 *
 * @example
 * ```ts
 * sha256Sums(new Map([["a.txt", ""]])); // "e3b0…b855  a.txt\n"
 * ```
 */
export function sha256Sums(files: ReadonlyMap<string, string>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${sha256Hex(files.get(path)!)}  ${path}\n`)
    .join("");
}

/**
 * The text with every personal identity code in it masked (F36: never unmasked in a listing or a file;
 * the F11 pattern with a right check character).
 *
 * @example
 * ```ts
 * maskIdentityCodes("client_id 010180-1232 is refused"); // "client_id 01********* is refused"
 * ```
 */
export function maskIdentityCodes(text: string): string {
  return text.replace(/\d{6}[-+A-FYXWVU]\d{3}[0-9A-Y]/gi, (code) =>
    isPersonalIdentityCode(code) ? maskIdentifier(code) : code,
  );
}
