/**
 * Cuts a byte stream into batches of whole lines without holding more than one batch and one
 * line in memory. Lines longer than {@link MAX_LINE_BYTES} are dropped as they stream by and
 * reported by number, so one runaway line (a missing newline in a 2 GB file) cannot exhaust memory.
 */
import { MAX_LINE_BYTES, type Batch } from './batch.js';

/** Bytes of whole lines per batch: large enough that handing a batch to a worker costs little. */
export const BATCH_BYTES = 512 * 1024;

const NEWLINE = 0x0a;
const EMPTY_LINE = Buffer.from('\n');

/** Newlines in `bytes`. */
function countLines(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

/**
 * Batches of whole lines from `source`, in order, numbered from 1. Splitting on the newline
 * byte is safe in UTF-8 (0x0A never occurs inside a multi-byte character), so each batch
 * decodes on its own; with `decode: false` it stays bytes (`batch.bytes`).
 */
export async function* readBatches(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  { batchBytes = BATCH_BYTES, maxLineBytes = MAX_LINE_BYTES, decode = true } = {},
): AsyncGenerator<Batch> {
  let parts: Buffer[] = []; // whole lines of the next batch
  let partsBytes = 0;
  let lineCount = 0;
  let tooLong: number[] = [];
  let firstLine = 1;
  let carry: Buffer[] = []; // the start of a line not yet ended
  let carryBytes = 0;
  let skipping = false; // inside a line already known to be too long

  const take = (): Batch => {
    const bytes = Buffer.concat(parts, partsBytes);
    const batch: Batch = decode
      ? { text: bytes.toString('utf8'), firstLine, lineCount, tooLong }
      : { text: '', bytes, firstLine, lineCount, tooLong };
    firstLine += lineCount;
    parts = [];
    partsBytes = 0;
    lineCount = 0;
    tooLong = [];
    return batch;
  };
  const dropLine = () => {
    // an empty line keeps the numbering; `tooLong` says it was not blank
    tooLong.push(firstLine + lineCount);
    parts.push(EMPTY_LINE);
    partsBytes += 1;
    lineCount++;
  };

  /** Adds one piece of at most `maxLineBytes` bytes. */
  const add = (piece: Buffer) => {
    const first = piece.indexOf(NEWLINE);
    if (first === -1) {
      if (skipping) return;
      carry.push(piece);
      carryBytes += piece.length;
      if (carryBytes > maxLineBytes) {
        skipping = true;
        carry = [];
        carryBytes = 0;
      }
      return;
    }
    // the carried line ends here
    if (skipping || carryBytes + first > maxLineBytes) dropLine();
    else {
      parts.push(...carry, piece.subarray(0, first + 1));
      partsBytes += carryBytes + first + 1;
      lineCount++;
    }
    skipping = false;
    carry = [];
    carryBytes = 0;
    // whole lines after it are copied as one slice: a piece is no longer than a line may be
    const last = piece.lastIndexOf(NEWLINE);
    if (last > first) {
      const region = piece.subarray(first + 1, last + 1);
      parts.push(region);
      partsBytes += region.length;
      lineCount += countLines(region);
    }
    if (last + 1 < piece.length) {
      carry.push(piece.subarray(last + 1));
      carryBytes = piece.length - last - 1;
    }
  };

  for await (const chunk of source) {
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let offset = 0; offset < bytes.length; offset += maxLineBytes)
      add(bytes.subarray(offset, offset + maxLineBytes));
    if (partsBytes >= batchBytes) yield take();
  }
  // the last line may have no newline
  if (skipping) dropLine();
  else if (carryBytes > 0) {
    parts.push(...carry);
    partsBytes += carryBytes;
    lineCount++;
  }
  if (lineCount > 0) yield take();
}
