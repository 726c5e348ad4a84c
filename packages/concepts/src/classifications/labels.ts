/**
 * Display labels of breakdown codes (F31: JSON-stat labels in `--lang`, Finnish by default). Result rows
 * carry codes, never names (interfaces.md); writers call `labelOf` when they need a name.
 */
import { ageGroupNames } from "./age-groups";
import { ENUM_CLASSIFICATIONS, type EnumDimension } from "./enums";
import { municipalityNames } from "./municipalities";
import type { Language, Names } from "./names";
import { organizerByCode } from "./organizers";
import { SEX_NAMES, type SexOrTotal } from "./sex";
import { waitBandNames } from "./waiting-bands";

function namesOf(dimension: string, code: string): Names | undefined {
  switch (dimension) {
    case "organizer":
      return organizerByCode(code)?.names;
    case "municipality":
      return municipalityNames(code);
    case "sex":
      return Object.hasOwn(SEX_NAMES, code) ? SEX_NAMES[code as SexOrTotal] : undefined;
    case "age_group":
      return ageGroupNames(code);
    case "wait_band":
      return waitBandNames(code);
    default:
      if (Object.hasOwn(ENUM_CLASSIFICATIONS, dimension)) {
        const names = ENUM_CLASSIFICATIONS[dimension as EnumDimension].names;
        return Object.hasOwn(names, code) ? names[code] : undefined;
      }
      return undefined;
  }
}

/**
 * The display name of a breakdown code in one language: organizers, municipalities, sex (also
 * `total`), age bands, waiting bands and the enums of the concepts. Codes of other dimensions
 * (`specialty`, `service_code`, months) and codes that the classification does not know are their
 * own label.
 *
 * @example
 * ```ts
 * labelOf("organizer", "14", "fi"); // "Pohjois-Karjalan hyvinvointialue"
 * labelOf("municipality", "091", "sv"); // "Helsingfors"
 * labelOf("sex", "female", "en"); // "females"
 * labelOf("urgency", "non_urgent", "sv"); // "icke-brådskande"
 * labelOf("specialty", "20", "fi"); // "20"
 * ```
 */
export function labelOf(dimension: string, code: string, language: Language = "fi"): string {
  return namesOf(dimension, code)?.[language] ?? code;
}
