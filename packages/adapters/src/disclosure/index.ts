/** Disclosure control's Node side: the HiGHS solver, the publication writers and the audit's reader. */
export { highsSolver } from "./highs-solver";
