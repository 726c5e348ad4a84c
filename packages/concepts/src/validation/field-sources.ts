/**
 * The batch column of each field of a concept, read from the batch only when first asked for (issue
 * 14). A reader may make a dictionary-coded column's cells only when the column is read
 * (`defineCodedCells` of `@virta/core`), and the code pass (`typed-pass.ts`) takes such a field from
 * its codes, so its cells are made only for a batch with rows left to check cell by cell or to name
 * in a rejection.
 */
import type { ColumnBatch } from "@virta/core";

/** The columns of one batch by field (see the module comment). */
export class FieldSources {
  private readonly read: Array<ArrayLike<unknown> | null | undefined>;

  /** `columnOf[field]`: the batch column of each field, −1 when the batch lacks it. */
  constructor(
    private readonly batch: ColumnBatch,
    private readonly columnOf: ArrayLike<number>,
  ) {
    this.read = new Array<ArrayLike<unknown> | null | undefined>(columnOf.length).fill(undefined);
  }

  /**
   * The batch column of `field`, or null when the batch lacks it.
   *
   * @example
   * ```ts
   * const batch = { source: "t", names: ["id"], columns: [["v1"]], length: 1, records: [1] };
   * new FieldSources(batch, [0, -1]).at(1); // null
   * ```
   */
  at(field: number): ArrayLike<unknown> | null {
    let source = this.read[field];
    if (source === undefined) {
      const column = this.columnOf[field]!;
      source = this.read[field] = column < 0 ? null : this.batch.columns[column]!;
    }
    return source;
  }
}
