/** Disclosure control's Node side: the HiGHS solver, the publication writers and the audit's reader. */
export { highsSolver } from "./highs-solver";
export {
  formatPublicationCollection,
  formatPublicationCsv,
  toPublicationJsonStat,
  type PublicationJsonStat,
  type PublicationLabels,
  type PublicationTableInput,
} from "./publication-writers";
export { parsePublishedCsv, parsePublishedJsonStat, readPublishedFile } from "./read-publication";
export type { ReadCell, ReadTable } from "./read-publication";
