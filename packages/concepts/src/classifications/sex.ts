/**
 * Sex codes (classifications.md "Sex"): `male`, `female`, `unknown` inside the SDK. Sotkanet uses
 * `male`/`female`/`total`; Statistics Finland PxWeb uses `1`/`2`/`SSS` (total). Results use `total`
 * for a sex total. Adapters translate with the functions here.
 */
import type { Names } from "./names";

/** The SDK's sex codes in classification order (F19: `unknown` last). */
export const SEX_CODES = Object.freeze(["male", "female", "unknown"] as const);
/** A sex code of a normalised row. */
export type Sex = (typeof SEX_CODES)[number];
/** A sex code of a result or an adapter: a row's sex or the total. */
export type SexOrTotal = Sex | "total";

/**
 * The spellings a `sex` field accepts on input, each with the code it means (concepts.md "Common
 * types": `1`/`M` male, `2`/`F`/`N` female), the codes themselves first. Matched case-insensitively after
 * trimming (F2); the validators in memory and in SQL and the rejection messages all read this table.
 */
export const SEX_INPUT_SPELLINGS: ReadonlyArray<readonly [string, Sex]> = Object.freeze([
  ["male", "male"],
  ["female", "female"],
  ["unknown", "unknown"],
  ["1", "male"],
  ["M", "male"],
  ["2", "female"],
  ["F", "female"],
  ["N", "female"],
] as const);

/** Display names of the sex codes and of the total. */
export const SEX_NAMES: Readonly<Record<SexOrTotal, Names>> = Object.freeze({
  male: Object.freeze({ fi: "miehet", sv: "män", en: "males" }),
  female: Object.freeze({ fi: "naiset", sv: "kvinnor", en: "females" }),
  unknown: Object.freeze({ fi: "tuntematon", sv: "okänd", en: "unknown" }),
  total: Object.freeze({ fi: "yhteensä", sv: "totalt", en: "total" }),
});

const TO_PXWEB: Readonly<Record<string, string>> = { male: "1", female: "2", total: "SSS" };
const FROM_PXWEB: Readonly<Record<string, SexOrTotal>> = { "1": "male", "2": "female", SSS: "total" };

/**
 * The Sotkanet form of a sex code (`male`, `female`, `total`); `unknown` has none (`undefined`).
 *
 * @example
 * ```ts
 * sexToSotkanet("female"); // "female"
 * sexToSotkanet("unknown"); // undefined
 * ```
 */
export function sexToSotkanet(sex: SexOrTotal): "male" | "female" | "total" | undefined {
  return sex === "unknown" ? undefined : sex;
}

/**
 * The SDK's code of a Sotkanet `gender` value, or `undefined` for anything else.
 *
 * @example
 * ```ts
 * sexFromSotkanet("total"); // "total"
 * ```
 */
export function sexFromSotkanet(gender: string): SexOrTotal | undefined {
  return gender === "male" || gender === "female" || gender === "total" ? gender : undefined;
}

/**
 * The PxWeb form of a sex code (`1`, `2`, `SSS`); `unknown` has none (`undefined`).
 *
 * @example
 * ```ts
 * sexToPxWeb("male"); // "1"
 * sexToPxWeb("total"); // "SSS"
 * ```
 */
export function sexToPxWeb(sex: SexOrTotal): "1" | "2" | "SSS" | undefined {
  return TO_PXWEB[sex] as "1" | "2" | "SSS" | undefined;
}

/**
 * The SDK's code of a PxWeb `Sukupuoli` value (`1`, `2`, `SSS`), or `undefined`.
 *
 * @example
 * ```ts
 * sexFromPxWeb("2"); // "female"
 * sexFromPxWeb("SSS"); // "total"
 * ```
 */
export function sexFromPxWeb(code: string): SexOrTotal | undefined {
  return FROM_PXWEB[code];
}
