/**
 * One generated JavaScript function per concept and `dates` option that validates a whole row on the
 * fast paths (concepts.md; F1–F13): it reads each cell into a local, runs that field's fast path
 * inline (the same tests as fast-cells.ts), calls the field's general check (field-parsers.ts) for a
 * cell the fast path cannot decide, applies the organizer derivation (F10), the row rules (F12, F13)
 * and the uniqueness key (F9), and builds the normalised row as one object literal, so every row of a
 * concept gets the same hidden class.
 *
 * The program only ever answers with an accepted row. For any row it would reject (a field check
 * fails, an organizer mismatch, a broken rule, a repeated key) it returns `null` without side effects
 * (the key table is only written when the row is accepted), and the validator runs its general path,
 * which produces the very same rejection, reason and message as before (F8). Where `new Function` is
 * forbidden, `compileRowProgram` returns `null` and the validator keeps its non-generated path.
 */
import { ageOn, canGenerateCode, dayNumber, formatDate, ruleFailureSource } from "@virta/core";
import { isOrganizerCode } from "../classifications/organizers";
import { isPersonalIdentityCode } from "../hetu/personal-identity-code";
import { classificationOfDay, type CompiledConcept } from "./compiled-concept";
import {
  CellKind,
  DEFER,
  digitsValue,
  FIRST_YEAR,
  LAST_YEAR,
  MONTH_LENGTHS,
  MONTH_STARTS,
  threeDigits,
} from "./fast-cells";
import { FAIL, type ParseState } from "./field-parsers";
import type { KeyTable } from "./key-table";

/**
 * Validates the raw cells of one row (in field order): the normalised row, or `null` when the row is
 * not accepted (the caller then runs the general path, which tells why).
 */
export type RowProgram = (
  cells: readonly unknown[],
  state: ParseState,
  row: number,
  keys: KeyTable,
) => Record<string, unknown> | null;

const KEY_SEPARATOR = "\u001f";

/** A JavaScript literal of a primitive value. */
function literal(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (value === null || typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  throw new Error(`row program: no literal for ${typeof value}`);
}

/** The fast-path test of a present, untrimmed-free string cell `c` (length `L`) of one field, setting `v` (and `t`). */
function fastPathCode(compiled: CompiledConcept, index: number): string {
  const plan = compiled.cells;
  const c = `c${index}`;
  const v = `v${index}`;
  switch (plan.kinds[index]) {
    case CellKind.text:
      // F5a: a value holding NUL goes to the general check (invalid_format).
      return `if(L<=${plan.maxLengths[index]!}&&${c}.indexOf("\\0")===-1)${v}=${c};`;
    case CellKind.id:
      // F6: code points ≤ code units; F11: only 11-character ids can be personal identity codes; F5a: NUL.
      return `if(L<=${plan.maxLengths[index]!}&&(L!==11||!isPersonalIdentityCode(${c}))&&${c}.indexOf("\\0")===-1)${v}=${c};`;
    case CellKind.date:
      // fastDayNumber (fast-cells.ts) written out in the row, so that it needs no call (F4).
      return (
        `if(L===10&&${c}.charCodeAt(4)===45&&${c}.charCodeAt(7)===45){` +
        `const y0=${c}.charCodeAt(0)-48,y1=${c}.charCodeAt(1)-48,y2=${c}.charCodeAt(2)-48,y3=${c}.charCodeAt(3)-48,` +
        `m0=${c}.charCodeAt(5)-48,m1=${c}.charCodeAt(6)-48,d0=${c}.charCodeAt(8)-48,d1=${c}.charCodeAt(9)-48;` +
        `if((y0>>>0)<=9&&(y1>>>0)<=9&&(y2>>>0)<=9&&(y3>>>0)<=9&&(m0>>>0)<=9&&(m1>>>0)<=9&&(d0>>>0)<=9&&(d1>>>0)<=9){` +
        `const y=y0*1000+y1*100+y2*10+y3,m=m0*10+m1,d=d0*10+d1;` +
        `if(y>=${FIRST_YEAR}&&y<=${LAST_YEAR}&&m>=1&&m<=12&&d>=1){const i=(y-${FIRST_YEAR})*12+m-1;` +
        `if(d<=MONTH_LENGTHS[i]){${v}=MONTH_STARTS[i]+d-1;t${index}=${c};}}}}`
      );
    case CellKind.municipality:
      // F10: the organizer of the municipality in the row's classification.
      return `if(L===3&&state.organizerByNumber!==null){const n=threeDigits(${c});const o=n<0?undefined:state.organizerByNumber[n];if(o!==undefined){${v}=${c};state.municipalityOrganizer=o;}}`;
    case CellKind.organizer:
      return `if(L===2&&isOrganizerCode(${c}))${v}=${c};`;
    case CellKind.word: {
      const spellings = plan.spellings[index]!;
      const meanings = plan.meanings[index]!;
      // Only the spellings of the cell's length are compared (F2: exact spellings; the rest defer).
      const byLength = new Map<number, string[]>();
      spellings.forEach((spelling, word) => {
        const tests = byLength.get(spelling.length) ?? [];
        tests.push(`if(${c}===${literal(spelling)})${v}=${literal(meanings[word])};`);
        byLength.set(spelling.length, tests);
      });
      return `switch(L){${[...byLength].map(([length, tests]) => `case ${length}:${tests.join("else ")}break;`).join("")}}`;
    }
    case CellKind.integer:
      return `{const n=digitsValue(${c},L);if(n>=0&&n>=${literal(plan.mins[index]!)}&&n<=${literal(plan.maxs[index]!)})${v}=n;}`;
    default:
      return "";
  }
}

/** The code that sets `v<index>` (and `t<index>` for a date) or returns `null`. */
function fieldCode(compiled: CompiledConcept, index: number): string {
  const plan = compiled.cells;
  const c = `c${index}`;
  const v = `v${index}`;
  const isDate = compiled.isDate[index]!;
  const absent = plan.absentTakesDefault[index] ? `${v}=${literal(plan.defaults[index])};` : "";
  return (
    `const ${c}=cells[${index}];let ${v}=DEFER;` +
    (isDate ? `let t${index}=null;` : "") +
    `if(typeof ${c}==="string"){const L=${c}.length;` +
    `if(L===0){${absent}}` +
    // F1: a cell with white space (or control characters) at either end goes to the general check.
    `else if(${c}.charCodeAt(0)>32&&${c}.charCodeAt(L-1)>32){${fastPathCode(compiled, index)}}}` +
    `else if(${c}===undefined||${c}===null){${absent}}` +
    `if(${v}===DEFER){${v}=p${index}(${c},state);if(${v}===FAIL)return null;${isDate ? `t${index}=${v}===null?null:state.dateText;` : ""}}`
  );
}

function ruleCode(compiled: CompiledConcept): string {
  // The same compilation of each rule's `holds` as the general path (core's row-rule compiler), as text.
  const local = (name: string) => `v${compiled.names.indexOf(name)}`;
  return compiled.rules.map((rule) => `if(${ruleFailureSource(rule.rule.holds, local)})return null;`).join("");
}

function keyCode(compiled: CompiledConcept): string {
  const indexes = compiled.keyIndexes;
  if (indexes.length === 0) return "";
  let key: string;
  if (indexes.length === 1) key = `v${indexes[0]}`;
  else {
    key = indexes
      .map((index) =>
        index === compiled.municipalityIndex
          ? `String(v${index}===null?"organizer "+String(v${compiled.organizerIndex}):v${index})`
          : `String(v${index})`,
      )
      .join(`+${literal(KEY_SEPARATOR)}+`);
  }
  // F9: the key is added only here, when nothing else rejects the row.
  return `if(keys.firstRowOrAdd(${key},row)>=0)return null;`;
}

function programSource(compiled: CompiledConcept, isoDates: boolean): string {
  const { names, eventIndex, isDate } = compiled;
  const parts: string[] = [];
  parts.push(
    `return function(cells,state,row,keys){"use strict";state.questionCode=null;state.municipalityOrganizer=null;`,
  );
  // The row's date first (F10): the municipality check needs the classification of its year.
  parts.push(fieldCode(compiled, eventIndex));
  const event = `v${eventIndex}`;
  const day = compiled.eventIsYear
    ? `(${event}>=0&&${event}<=9999?dayNumber(${event},12,31):${event}<0?-Infinity:Infinity)`
    : event;
  parts.push(
    `if(${event}===null){state.municipalities=null;state.organizerByNumber=null;state.classificationYear=NaN;}` +
      `else{const k=classificationOfDay(${day});state.municipalities=k.table;state.organizerByNumber=k.organizerByNumber;state.classificationYear=k.year;}`,
  );
  names.forEach((_, index) => {
    if (index !== eventIndex) parts.push(fieldCode(compiled, index));
  });
  if (compiled.derivesOrganizer) {
    const organizer = `v${compiled.organizerIndex}`;
    parts.push(
      `{const owner=state.municipalityOrganizer;if(${organizer}===null)${organizer}=owner;else if(owner!==null&&${organizer}!==owner)return null;}`,
    );
  }
  parts.push(ruleCode(compiled));
  for (const [bool, date] of compiled.impliedTrue) parts.push(`if(v${date}!==null)v${bool}=true;`); // F13
  parts.push(keyCode(compiled));
  const value = (index: number) =>
    isoDates && isDate[index] ? `(v${index}===null?null:t${index}??formatDate(v${index}))` : `v${index}`;
  parts.push(`return{${names.map((name, index) => `${JSON.stringify(name)}:${value(index)}`).join(",")}};};`);
  return parts.join("\n"); // one line per part: a CPU profile shows the cost of each field
}

const CACHE = new WeakMap<CompiledConcept, { iso?: RowProgram | null; day?: RowProgram | null }>();

/**
 * The generated row program of a compiled concept for ISO or day-number dates (cached), or `null`
 * where code generation is not allowed (or the concept has a shape the generator does not cover).
 *
 * @example
 * ```ts
 * const compiled = compileConcept(getConcept("population"));
 * const program = compileRowProgram(compiled, true);
 * // program?.(["2024", "91", "", "40", "N", "812"], state, 1, new KeyTable())
 * // → { year: 2024, municipality_code: "091", organizer_code: "90", age: 40, sex: "female", count: 812 }
 * ```
 */
export function compileRowProgram(compiled: CompiledConcept, isoDates: boolean): RowProgram | null {
  let entry = CACHE.get(compiled);
  if (entry === undefined) {
    entry = {};
    CACHE.set(compiled, entry);
  }
  const slot = isoDates ? "iso" : "day";
  if (entry[slot] === undefined) entry[slot] = generate(compiled, isoDates);
  return entry[slot] ?? null;
}

function generate(compiled: CompiledConcept, isoDates: boolean): RowProgram | null {
  // A date field whose absent value is not null would need the general path's date text: not covered.
  if (compiled.fields.some((field, index) => compiled.isDate[index] && field.default !== null)) return null;
  const parsers = compiled.parsers.map((_, index) => `p${index}`);
  let source: string;
  try {
    source = programSource(compiled, isoDates);
  } catch {
    return null;
  }
  const dependencies: Record<string, unknown> = {
    DEFER,
    FAIL,
    MONTH_STARTS,
    MONTH_LENGTHS,
    threeDigits,
    digitsValue,
    isOrganizerCode,
    isPersonalIdentityCode,
    classificationOfDay,
    dayNumber,
    formatDate,
    ageOn,
  };
  const names = [...Object.keys(dependencies), ...parsers];
  const values = [...Object.values(dependencies), ...compiled.parsers];
  if (!canGenerateCode()) return null; // refused once in this process (strict CSP): no further attempts
  try {
    return (new Function(...names, `"use strict";${source}`) as (...args: unknown[]) => RowProgram)(...values);
  } catch {
    return null; // code generation is not allowed here: the validator keeps its non-generated path
  }
}
