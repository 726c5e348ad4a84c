/**
 * Input rows as engines take them: an array of row objects, or an iterable / async iterable of rows or
 * of row batches. Everything is turned into batches (chunks) so that an engine never needs the whole
 * table at once.
 */

/** A row object after validation (dates as day numbers or ISO strings). */
export type Row = Record<string, unknown>;

/** Rows in any of the accepted shapes. */
export type RowSource = ReadonlyArray<Row> | Iterable<Row | Row[]> | AsyncIterable<Row | Row[]>;

/** The default number of rows per chunk. */
export const CHUNK_SIZE = 65536;

/**
 * Yields the rows of a source in chunks.
 *
 * @example
 * ```ts
 * for await (const chunk of rowChunks([{ a: 1 }, { a: 2 }])) chunk.length; // 2
 * ```
 */
export async function* rowChunks(source: RowSource | undefined, size = CHUNK_SIZE): AsyncGenerator<Row[]> {
  if (source === undefined) return;
  if (Array.isArray(source)) {
    for (let start = 0; start < source.length; start += size) yield source.slice(start, start + size) as Row[];
    return;
  }
  let buffer: Row[] = [];
  const iterable = source as AsyncIterable<Row | Row[]> | Iterable<Row | Row[]>;
  for await (const item of iterable as AsyncIterable<Row | Row[]>) {
    if (Array.isArray(item)) {
      if (buffer.length > 0) {
        yield buffer;
        buffer = [];
      }
      if (item.length > 0) yield item;
    } else {
      buffer.push(item);
      if (buffer.length >= size) {
        yield buffer;
        buffer = [];
      }
    }
  }
  if (buffer.length > 0) yield buffer;
}
