/**
 * The JSON encoder of the server's stream transports (stdio, socket, pipe). After every keystroke a
 * long note's diagnostics go out again: a megabyte of JSON, most of it the same few rules' codes,
 * severities and documentation links. Those parts are encoded once per rule and copied, and so is
 * each message once written; ranges are written byte by byte, with no megabyte string built and then
 * transcoded.
 *
 * A diagnostic is written from the fields the protocol gives it (range, message, severity, code,
 * source, code description), not from whatever keys it has: reading every diagnostic's keys cost
 * more than the encoding saved. For the server's own diagnostics, built in that order by
 * `toDiagnostic`, the bytes are `JSON.stringify`'s; one with tags, related information or data, or
 * with a range that is not plain line and character counts, is written by `JSON.stringify` whole.
 */
import { PublishDiagnosticsNotification } from 'vscode-languageserver/node';
import type { ContentTypeEncoder, Diagnostic, Message } from 'vscode-languageserver/node';

/** What follows a diagnostic's message, encoded once per rule code, with what it was encoded from. */
interface Tail {
  severity: unknown;
  source: unknown;
  href: string | undefined;
  bytes: Buffer;
}

const RANGE_START = Buffer.from('{"range":{"start":{"line":');
const CHARACTER = Buffer.from(',"character":');
const END_LINE = Buffer.from('},"end":{"line":');
const RANGE_END_MESSAGE = Buffer.from('}},"message":');
/** The most a range and its framing take: four numbers of at most ten digits. */
const RANGE_MAX = RANGE_START.length + 2 * CHARACTER.length + END_LINE.length + RANGE_END_MESSAGE.length + 40;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A line or character number written by hand: a non-negative integer below 2^31. */
function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x7fffffff;
}

type Position = { line: number; character: number };

/** Whether a position's numbers can be written by hand. */
function isPosition(p: unknown): p is Position {
  return typeof p === 'object' && p !== null && isCount((p as Position).line) && isCount((p as Position).character);
}

/** Whether a range's four numbers can be written by hand. */
function isRange(range: unknown): range is { start: Position; end: Position } {
  return typeof range === 'object' && range !== null && isPosition((range as { start: unknown }).start) && isPosition((range as { end: unknown }).end);
}

const FIRST_BUFFER_BYTES = 1 << 16;
/** Encoded messages kept; past this the writer starts again with none. */
const MESSAGES_KEPT = 4096;
/** Packs a diagnostic's offset and length in its notification's bytes into one number (lengths below it). */
const PLACE_UNIT = 1 << 16;
/** The largest buffer kept whatever the next message's size (the soft-wrapped 5,000-line note's message is 3.2 MB). */
const KEEP_BUFFER_BYTES = 8 << 20;

/** Output written into one buffer that grows by doubling and is written over by the next message. */
class ByteWriter {
  private buffer = Buffer.allocUnsafe(FIRST_BUFFER_BYTES);
  at = 0;

  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.at + n) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }

  /** Copies bytes (room reserved). */
  bytes(b: Uint8Array): void {
    this.buffer.set(b, this.at);
    this.at += b.length;
  }

  /** Writes one byte, reserving room for it. */
  byte(b: number): void {
    this.reserve(1);
    this.buffer[this.at++] = b;
  }

  /** Writes a string as UTF-8, reserving room for it. */
  text(s: string): void {
    this.reserve(Buffer.byteLength(s));
    this.at += this.buffer.write(s, this.at);
  }

  /** Writes a non-negative integer's digits (room reserved). */
  digits(n: number): void {
    const buffer = this.buffer;
    let end = this.at + 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) end++;
    let i = end;
    do {
      buffer[--i] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    this.at = end;
  }

  /**
   * Writes `s` as a JSON string when it is printable ASCII, escaping only `"` and `\` as
   * `JSON.stringify` does; returns false, having written nothing, for any other character.
   */
  asciiString(s: string): boolean {
    const length = s.length;
    this.reserve(2 * length + 2);
    const buffer = this.buffer;
    let at = this.at;
    buffer[at++] = QUOTE;
    for (let i = 0; i < length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e) return false;
      if (c === QUOTE || c === BACKSLASH) buffer[at++] = BACKSLASH;
      buffer[at++] = c;
    }
    buffer[at++] = QUOTE;
    this.at = at;
    return true;
  }

  /** A copy of what was written since `from`. */
  copy(from: number): Buffer {
    return Buffer.from(this.buffer.subarray(from, this.at));
  }

  /** What was written (a view of the buffer, valid until the next message), and a fresh start. */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.at);
    // A huge note's message leaves a huge buffer behind; a far smaller message lets it go.
    if (this.buffer.length > KEEP_BUFFER_BYTES && this.at < this.buffer.length / 4) this.buffer = Buffer.allocUnsafe(FIRST_BUFFER_BYTES);
    this.at = 0;
    return out;
  }
}

/**
 * Encodes diagnostics notifications from shared pieces: `tails` keeps one tail per rule code, and
 * `messages` the bytes of messages already written (a long note repeats a few hundred messages
 * thousands of times, edit after edit, and the rules hand over each as the same string).
 */
class DiagnosticsWriter {
  private readonly tails = new Map<string, Tail>();
  private readonly messages = new Map<string, Buffer>();
  /**
   * Two buffers, taken in turn: the last notification's bytes stay intact while the next is written,
   * and a diagnostic sent again (the same object: the server keeps one per finding of an open note,
   * and an edit carries the findings above it) is copied from them.
   */
  private readonly writers = [new ByteWriter(), new ByteWriter()];
  private out = this.writers[0];
  private last: Buffer = Buffer.alloc(0);
  /**
   * Where each diagnostic of the last notification, and of this one, sits in its bytes: offset × 2^16
   * + length. Weak, and made anew per notification: holding a closed file's diagnostics until the
   * next one moved each into the old generation (on 10,000 notes peak RSS went 0.7 → 1.1 GiB).
   */
  private placedBefore = new WeakMap<object, number>();
  private placed = new WeakMap<object, number>();
  /** Whether the last notification was written whole (one that failed half-way was never sent). */
  private complete = true;

  /**
   * The diagnostic's tail (what follows its message: severity, code, source, documentation link)
   * when it can be shared; undefined for one with tags, related information or data, which differ
   * from diagnostic to diagnostic.
   */
  private tailOf(d: Diagnostic): Buffer | undefined {
    if (typeof d.message !== 'string' || typeof d.code !== 'string' || d.tags !== undefined || d.relatedInformation !== undefined || d.data !== undefined) return undefined;
    const description = d.codeDescription;
    if (description !== undefined && (typeof description !== 'object' || description === null || typeof description.href !== 'string')) return undefined;
    const href = description?.href;
    const known = this.tails.get(d.code);
    if (known && known.severity === d.severity && known.source === d.source && known.href === href) return known.bytes;
    // In the order the server's diagnostics are built in, so the bytes are JSON.stringify's.
    const json = JSON.stringify({ severity: d.severity, code: d.code, source: d.source, codeDescription: href === undefined ? undefined : { href } });
    const bytes = Buffer.from(json.length === 2 ? '}' : `,${json.slice(1)}`);
    // Rule codes are few, so the map stays small; a code seen with other values is encoded again.
    this.tails.set(d.code, { severity: d.severity, source: d.source, href, bytes });
    return bytes;
  }

  /** Writes one diagnostic, and notes where it is for the next notification. */
  private diagnostic(d: unknown): void {
    const out = this.out;
    const from = out.at;
    const before = typeof d === 'object' && d !== null ? this.placedBefore.get(d) : undefined;
    if (before !== undefined) {
      const start = Math.floor(before / PLACE_UNIT);
      const length = before % PLACE_UNIT;
      out.reserve(length);
      out.bytes(this.last.subarray(start, start + length));
    } else this.encodeDiagnostic(d);
    const length = out.at - from;
    if (typeof d === 'object' && d !== null && length < PLACE_UNIT) this.placed.set(d, from * PLACE_UNIT + length);
  }

  /** Encodes one diagnostic. */
  private encodeDiagnostic(d: unknown): void {
    const out = this.out;
    const record = d as Diagnostic;
    const tail = record && typeof record === 'object' ? this.tailOf(record) : undefined;
    if (!tail || !isRange(record.range)) {
      out.text(JSON.stringify(d) ?? 'null');
      return;
    }
    const { start, end } = record.range;
    out.reserve(RANGE_MAX);
    out.bytes(RANGE_START);
    out.digits(start.line);
    out.bytes(CHARACTER);
    out.digits(start.character);
    out.bytes(END_LINE);
    out.digits(end.line);
    out.bytes(CHARACTER);
    out.digits(end.character);
    out.bytes(RANGE_END_MESSAGE);
    const message = record.message;
    const known = this.messages.get(message);
    if (known) {
      out.reserve(known.length);
      out.bytes(known);
    } else {
      const from = out.at;
      if (!out.asciiString(message)) out.text(JSON.stringify(message));
      if (this.messages.size >= MESSAGES_KEPT) this.messages.clear();
      this.messages.set(message, out.copy(from));
    }
    out.reserve(tail.length);
    out.bytes(tail);
  }

  /** The notification's bytes, or undefined when it is not of the shape this writer knows. */
  encode(msg: Record<string, unknown>): Buffer | undefined {
    const msgKeys = Object.keys(msg);
    if (msgKeys.length !== 3 || msgKeys[0] !== 'jsonrpc' || msgKeys[1] !== 'method' || msgKeys[2] !== 'params') return undefined;
    const params = msg.params as Record<string, unknown> | undefined;
    if (!params || typeof params !== 'object' || !Array.isArray(params.diagnostics)) return undefined;
    const paramKeys = Object.keys(params);
    if (paramKeys[paramKeys.length - 1] !== 'diagnostics') return undefined;
    const head: Record<string, unknown> = {};
    for (const key of paramKeys) head[key] = key === 'diagnostics' ? [] : params[key];
    // `…,"diagnostics":[]}}` opens before its last three characters.
    const opening = JSON.stringify({ jsonrpc: msg.jsonrpc, method: msg.method, params: head });
    this.out = this.out === this.writers[0] ? this.writers[1] : this.writers[0];
    this.placedBefore = this.complete ? this.placed : new WeakMap();
    this.placed = new WeakMap();
    this.complete = false;
    const out = this.out;
    out.at = 0;
    out.text(opening.slice(0, -3));
    const diagnostics = params.diagnostics as unknown[];
    for (let i = 0; i < diagnostics.length; i++) {
      if (i > 0) out.byte(COMMA);
      this.diagnostic(diagnostics[i]);
    }
    out.text(']}}');
    this.last = out.take();
    this.complete = true;
    return this.last;
  }
}

/**
 * A content-type encoder for `StreamMessageWriter`: diagnostics notifications through the shared
 * pieces, everything else through `JSON.stringify`, as vscode-jsonrpc's own encoder does. The bytes
 * of a diagnostics notification are valid until the next one is encoded: the writer encodes one
 * message at a time and waits until the stream has taken it before the next (a fresh megabyte per
 * keystroke, left to the collector, grew the server's memory by up to 300 MB on a long note).
 * `test/lsp/json-encoder.test.ts` holds the writer to that over a stream that takes its time.
 */
export function createJsonEncoder(): ContentTypeEncoder {
  const diagnostics = new DiagnosticsWriter();
  return {
    name: 'application/json',
    encode(msg: Message): Promise<Uint8Array> {
      try {
        const record = msg as unknown as Record<string, unknown>;
        const fast = record.method === PublishDiagnosticsNotification.method ? diagnostics.encode(record) : undefined;
        return Promise.resolve(fast ?? Buffer.from(JSON.stringify(msg), 'utf8'));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}
