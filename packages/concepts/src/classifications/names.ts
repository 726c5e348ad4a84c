/**
 * Display names of classification items in the three languages of the national classifications
 * (classifications.md: "names in Finnish, Swedish and English").
 */

/** The display languages (`--lang fi|sv|en`, F31). */
export type Language = "fi" | "sv" | "en";

/** The languages in the order the spec lists them. */
export const LANGUAGES: readonly Language[] = Object.freeze(["fi", "sv", "en"]);

/** A name in each display language. */
export interface Names {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}
