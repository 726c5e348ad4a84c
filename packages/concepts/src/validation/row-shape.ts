/**
 * Fast access to the fields of a row, generated once per concept from its field table: a reader that
 * copies a raw row's cells into an array by name (monomorphic named loads instead of keyed ones) and a
 * builder that creates the normalised row as one object literal with the table's field order.
 *
 * Like zod 4's compiled object parser, the generated code is made with `new Function`; where that is
 * forbidden (a Content-Security-Policy without `unsafe-eval`) the same work is done by plain loops,
 * with identical results, only slower.
 */

import { canGenerateCode } from "@virta/core";

/** Copies `raw[name_i]` into `cells[i]`. */
export type RowReader = (raw: Record<string, unknown>, cells: unknown[]) => void;
/** Creates `{ name_0: values[0], … }` with the fields in table order. */
export type RowBuilder = (values: readonly unknown[]) => Record<string, unknown>;

function property(name: string): string {
  return `[${JSON.stringify(name)}]`;
}

function generated<T>(parameters: string[], body: string, codegen: boolean): T | null {
  // One probe per process (core's canGenerateCode); none at all with codegen false (strict CSP hosts).
  if (!codegen || !canGenerateCode()) return null;
  try {
    return new Function(...parameters, `"use strict";${body}`) as T;
  } catch {
    return null; // code generation is not allowed here: use the plain loop
  }
}

/**
 * The reader of a field list.
 *
 * @example
 * ```ts
 * const cells: unknown[] = [];
 * compileReader(["a", "b"])({ b: 2, a: 1 }, cells); // cells = [1, 2]
 * ```
 */
export function compileReader(names: readonly string[], codegen = true): RowReader {
  const fast = generated<RowReader>(
    ["raw", "cells"],
    names.map((name, index) => `cells[${index}]=raw${property(name)};`).join(""),
    codegen,
  );
  if (fast !== null) return fast;
  return (raw, cells) => {
    for (let index = 0; index < names.length; index += 1) cells[index] = raw[names[index]!];
  };
}

/**
 * The builder of a field list.
 *
 * @example
 * ```ts
 * compileBuilder(["a", "b"])([1, 2]); // { a: 1, b: 2 }
 * ```
 */
export function compileBuilder(names: readonly string[], codegen = true): RowBuilder {
  const fast = generated<RowBuilder>(
    ["values"],
    `return {${names.map((name, index) => `${JSON.stringify(name)}:values[${index}]`).join(",")}};`,
    codegen,
  );
  if (fast !== null) return fast;
  return (values) => {
    const row: Record<string, unknown> = {};
    for (let index = 0; index < names.length; index += 1) row[names[index]!] = values[index];
    return row;
  };
}
