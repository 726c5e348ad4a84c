export type { CellAggregate, EngineOutput, TableAccount } from "./cells";
export { emptyAccount } from "./cells";
export { CHUNK_SIZE, rowChunks } from "./row-source";
export type { Row, RowSource } from "./row-source";
export { evaluateInMemory, mainFields } from "./memory/evaluate";
export { evaluateReference, evaluateRowReference } from "./reference/evaluate";
export { compareCodePoints, dimensionComparator, finalizeRows, SUPPRESSION_RANGE } from "./finalize/finalize";
export { monthOrdinal, subPeriodLabel } from "./memory/dimensions";
export {
  cellsOfCodes,
  columnBatchOfRows,
  isColumnBatchSource,
  rowsOfColumnBatch,
  withCodedCells,
} from "./column-batch";
export type { ColumnBatch, ColumnBatchSource, ColumnDictionary, ColumnKind } from "./column-batch";
