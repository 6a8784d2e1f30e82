/** Reads a file as text the way every adapter must: size cap, binary detection, UTF-8 check, BOM. */
import { readFileSync, statSync } from 'node:fs';

/** Files above this size are skipped with a finding instead of being read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file read as text, or why it was not. */
export type ReadResult =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string; skipped: boolean };

const decoder = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Reads `path`; never throws. A BOM is dropped so columns match what editors show. */
export function readTextFile(path: string): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    return { ok: false, reason: describeError(err), skipped: false };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, reason: `it is ${(size / 1048576).toFixed(1)} MB, above the ${MAX_FILE_BYTES / 1048576} MB limit, so it was skipped`, skipped: true };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, reason: describeError(err), skipped: false };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: 'it looks binary (a NUL byte near its start), so it was skipped', skipped: true };
  let text: string;
  let warning: string | undefined;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    warning = 'The file is not valid UTF-8; invalid bytes were read as U+FFFD.';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return warning ? { ok: true, text, warning } : { ok: true, text };
}

/** A one-line description of a file-system error. */
export function describeError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return err instanceof Error ? err.message : String(err);
}
