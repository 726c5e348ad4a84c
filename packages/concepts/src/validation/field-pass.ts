/**
 * The per-batch state of the columnar validator's field pass (issue 13; fine-print F8, F10): each
 * row's first failure and the classification and organizer of its year, in arrays reused from batch
 * to batch, so a batch allocates only the typed columns it returns.
 */
import { REJECTION_REASONS, type RejectionReason } from "../model/concept-model";
import type { Classification } from "./compiled-concept";
import type { FieldColumn } from "./field-columns";

/** The reason index of each reason (REJECTION_REASONS order). */
export const REASON_INDEX: ReadonlyMap<RejectionReason, number> = new Map(
  REJECTION_REASONS.map((reason, index) => [reason, index]),
);

/** What the field pass gives for one batch. */
export interface FieldPass {
  readonly columns: FieldColumn[];
  /** The first failing field of each row, or −1. */
  readonly failField: Int32Array;
  /** The reason (index into REJECTION_REASONS) of that failure. */
  readonly failReason: Uint8Array;
  /** The classification of each row's year, or null when its event date is absent or unusable (F10). */
  readonly rowClass: Array<Classification | null>;
  /** The organizer of each row's municipality (null when absent or the year is unknown, F10). */
  readonly owners: Array<string | null>;
  /** Room for the rows a field's own loops leave to `checkCells` (reused field after field). */
  readonly rest: Int32Array;
}

/**
 * The arrays the field pass reuses from batch to batch (grown to the longest batch), so a batch
 * allocates only the typed columns it returns.
 */
export class PassScratch {
  failField = new Int32Array(0);
  failReason = new Uint8Array(0);
  eventFail = new Int16Array(0);
  rest = new Int32Array(0);
  readonly rowClass: Array<Classification | null> = [];
  readonly owners: Array<string | null> = [];

  /** Grows the arrays to hold `length` rows. */
  reserve(length: number): void {
    if (this.failField.length >= length) return;
    this.failField = new Int32Array(length);
    this.failReason = new Uint8Array(length);
    this.eventFail = new Int16Array(length);
    this.rest = new Int32Array(length);
    for (let row = this.rowClass.length; row < length; row += 1) {
      this.rowClass.push(null);
      this.owners.push(null);
    }
  }
}
