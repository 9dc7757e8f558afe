/**
 * The one way isolint reads a file it lints or a Compose project references: only regular
 * files (a FIFO, device or socket is refused without blocking: the open is non-blocking and
 * the kind is checked on the open descriptor), never more than a size limit (a larger file
 * is refused before any of it is read), and only UTF-8 text (NUL bytes or invalid UTF-8 are
 * refused). A leading UTF-8 byte order mark is accepted and kept, as `readFileSync` keeps it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** `--max-file-size` default: 10 MB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** A file that was refused (not a regular file, too large, not text) or could not be opened (`io`). */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-regular' | 'too-large' | 'binary' | 'directory' | 'io',
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** Bytes; default DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a file as text under the limits above; open errors are thrown as they come (ENOENT, EACCES). */
export function readTextFile(path: string, options: ReadOptions = {}): string {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UnreadableFileError('is a directory', 'directory');
    if (!stat.isFile()) throw new UnreadableFileError('not a regular file (a FIFO, device or socket is not read)', 'not-regular');
    if (stat.size > max) throw new UnreadableFileError(tooLarge(stat.size, max), 'too-large');
    // The file may grow between fstat and read: never read more than the limit allows.
    const buf = Buffer.allocUnsafe(Math.min(max, stat.size) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > max) throw new UnreadableFileError(tooLarge(length, max, true), 'too-large');
      if (length === buf.length) throw new UnreadableFileError('changed while it was read; not linted', 'not-regular');
    }
    return decode(buf.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an already open descriptor of unknown size (standard input) to its end, refusing it as
 * soon as it passes the size limit, so `- < /dev/zero` stops at the limit instead of filling memory.
 */
export function readTextStream(fd: number, options: ReadOptions = {}): string {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - length));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking standard input with nothing yet to read: wait a little and try again.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    length += n;
    if (length > max) throw new UnreadableFileError(tooLarge(length, max, true), 'too-large');
  }
  return decode(Buffer.concat(chunks, length));
}

function decode(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new UnreadableFileError('binary or not UTF-8 (it holds NUL bytes); not linted', 'binary');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UnreadableFileError('binary or not UTF-8 (it holds bytes that are not UTF-8); not linted', 'binary');
  }
}

function tooLarge(size: number, max: number, atLeast = false): string {
  return atLeast ? `more than the --max-file-size limit of ${max} bytes; skipped` : `${size} bytes, over the --max-file-size limit of ${max} bytes; skipped`;
}

/** A size as `--max-file-size` and the Action's `max-file-size` take it: bytes, or with a k, m or g suffix (1024-based). */
export function parseFileSize(value: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new Error('must be a size in bytes, or with a k, m or g suffix (10m)');
  const n = Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
  if (n < 1) throw new Error('must be at least 1 byte');
  return n;
}

/** The first line of a file, from at most its first 256 bytes; a FIFO or device is never waited on. */
export function firstLine(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString('utf8');
    return head.split(/\r?\n|\r/, 1)[0];
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
