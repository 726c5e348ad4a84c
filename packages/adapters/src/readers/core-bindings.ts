/**
 * Core's constants and functions that the readers use per cell, bound once in this package (issue 14).
 * In the CommonJS build (`require("@virta/adapters")`) esbuild turns every use of a name imported from
 * another package into a read of that package's exports object, through two getters per read; in the
 * CSV scanner's loop that cost about 0.3 s for 2 M visits, where the ES module build reads its bindings
 * directly. A name bound here is a plain variable of the bundle in both builds. Bind here what a
 * per-cell loop uses; other code imports `@virta/core`.
 */
import {
  helsinkiOffsetSeconds as coreHelsinkiOffsetSeconds,
  MAX_DAY_NUMBER as CORE_MAX_DAY_NUMBER,
  MIN_DATA_DAY_NUMBER as CORE_MIN_DATA_DAY_NUMBER,
  NULL_DAY as CORE_NULL_DAY,
  scanDate as coreScanDate,
  scanDateBytes as coreScanDateBytes,
  scanDateTimeBytes as coreScanDateTimeBytes,
  tryParseDateOrDateTime as coreTryParseDateOrDateTime,
} from "@virta/core";

/** `NULL_DAY` of `@virta/core`: the day number of an absent date. */
export const NULL_DAY: typeof CORE_NULL_DAY = CORE_NULL_DAY;
/** `MIN_DATA_DAY_NUMBER` of `@virta/core`: 0001-01-01, the first day a data date may be (F34). */
export const MIN_DATA_DAY_NUMBER: typeof CORE_MIN_DATA_DAY_NUMBER = CORE_MIN_DATA_DAY_NUMBER;
/** `MAX_DAY_NUMBER` of `@virta/core`: 9999-12-31. */
export const MAX_DAY_NUMBER: typeof CORE_MAX_DAY_NUMBER = CORE_MAX_DAY_NUMBER;
/** `scanDate` of `@virta/core` (F4). */
export const scanDate: typeof coreScanDate = coreScanDate;
/** `scanDateBytes` of `@virta/core` (F4; the CSV reader's worker). */
export const scanDateBytes: typeof coreScanDateBytes = coreScanDateBytes;
/** `helsinkiOffsetSeconds` of `@virta/core` (F4). */
export const helsinkiOffsetSeconds: typeof coreHelsinkiOffsetSeconds = coreHelsinkiOffsetSeconds;
/** `scanDateTimeBytes` of `@virta/core` (F4; the CSV reader's worker). */
export const scanDateTimeBytes: typeof coreScanDateTimeBytes = coreScanDateTimeBytes;
/** `tryParseDateOrDateTime` of `@virta/core` (F4). */
export const tryParseDateOrDateTime: typeof coreTryParseDateOrDateTime = coreTryParseDateOrDateTime;
