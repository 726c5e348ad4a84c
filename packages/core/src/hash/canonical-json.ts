/**
 * Canonical JSON by RFC 8785 (JSON Canonicalization Scheme), for the definition hash (F32): object
 * keys sorted by UTF-16 code units, numbers in ECMAScript's shortest form, strings escaped as
 * `JSON.stringify` does, no white space. Only JSON values are accepted: non-finite numbers, functions,
 * symbols, bigints, class instances, cycles and lone surrogates (not I-JSON) are refused.
 */
import { UsageError } from "../errors/index";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ACCEPTED =
  "canonical JSON (RFC 8785) accepts only null, booleans, finite numbers, strings, arrays and plain objects";

function refuse(path: string, what: string): UsageError {
  return new UsageError("not_canonical_json", `value at ${path} is ${what}: ${ACCEPTED}`, { path });
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function serialiseString(text: string, path: string): string {
  if (LONE_SURROGATE.test(text)) throw refuse(path, "a string with a lone surrogate (not I-JSON)");
  return JSON.stringify(text);
}

function serialise(value: unknown, path: string, open: Set<object>): string {
  switch (typeof value) {
    case "string":
      return serialiseString(value, path);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw refuse(path, `the non-finite number ${String(value)}`);
      return JSON.stringify(value); // ECMAScript Number::toString; −0 becomes "0" (RFC 8785 3.2.2.3)
    case "object": {
      if (value === null) return "null";
      if (open.has(value)) throw refuse(path, "a cycle");
      open.add(value);
      let text: string;
      if (Array.isArray(value)) {
        text = `[${value
          .map((item, index) => {
            if (item === undefined) throw refuse(`${path}[${index}]`, "undefined");
            return serialise(item, `${path}[${index}]`, open);
          })
          .join(",")}]`;
      } else {
        if (!isPlainObject(value))
          throw refuse(path, `an instance of ${(value as object).constructor?.name ?? "a class"}`);
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record)
          .filter((key) => record[key] !== undefined)
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const members = keys.map(
          (key) => `${serialiseString(key, path)}:${serialise(record[key], `${path}.${key}`, open)}`,
        );
        text = `{${members.join(",")}}`;
      }
      open.delete(value);
      return text;
    }
    default:
      throw refuse(path, `a ${typeof value}`);
  }
}

/**
 * The RFC 8785 canonical JSON text of a JSON value. Object properties whose value is `undefined` are
 * left out (as `JSON.stringify` does); anything that is not JSON throws `UsageError("not_canonical_json")`
 * naming its path.
 *
 * @example
 * ```ts
 * canonicalJson({ b: [1, 2.50, "x"], a: null, "€": true, "\u00e9": 1e21 });
 * // '{"a":null,"b":[1,2.5,"x"],"é":1e+21,"€":true}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, "$", new Set());
}
