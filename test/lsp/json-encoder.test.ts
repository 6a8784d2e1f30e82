/**
 * The stream transports' encoder writes diagnostics notifications from shared pieces; the bytes must
 * be exactly `JSON.stringify`'s, for the example notes' real diagnostics and for every odd shape a
 * diagnostic can take, and each notification's bytes must last until the writer's stream has them.
 */
import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import { StreamMessageWriter } from 'vscode-languageserver/node';
import type { Diagnostic, Message } from 'vscode-languageserver/node';
import { pathToUri, toDiagnostic } from '../../server/src/lsp/convert';
import { createJsonEncoder } from '../../server/src/lsp/json-encoder';
import { Session } from '../../server/src/lsp/session';
import { repoPath } from '../helpers/paths';

const publish = (diagnostics: unknown[], extra: Record<string, unknown> = { version: 3 }): Message =>
  ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///w/a%20b.md', ...extra, diagnostics } }) as Message;

const encode = async (encoder: ReturnType<typeof createJsonEncoder>, msg: Message): Promise<string> => Buffer.from(await encoder.encode(msg, { charset: 'utf-8' })).toString('utf8');

/** Asserts the encoder's bytes are JSON.stringify's for `msg`. */
async function assertSameBytes(msg: Message, encoder = createJsonEncoder()): Promise<void> {
  const bytes = Buffer.from(await encoder.encode(msg, { charset: 'utf-8' }));
  assert.equal(bytes.toString('utf8'), JSON.stringify(msg));
  assert.equal(bytes.length, Buffer.byteLength(JSON.stringify(msg)));
}

const range = (line: number, character: number, endLine = line, endCharacter = character + 5) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
const plain = (message: string, code = 'claim-hedged', r: unknown = range(1, 2)): Record<string, unknown> => ({
  range: r,
  message,
  severity: 3,
  code,
  source: 'policy-notes',
  codeDescription: { href: `https://example.org/${code}.md` },
});

describe('diagnostics encoder', () => {
  it("writes the example notes' diagnostics byte for byte as JSON.stringify does", async () => {
    const session = new Session([repoPath('examples')]);
    for (const f of session.discover()) session.load(f.path, f.kind);
    const encoder = createJsonEncoder();
    const kinds = new Set<string>();
    for (const doc of [...session.workspace.documents()]) {
      const diagnostics = session.lint(doc.path).map((f) => toDiagnostic(f, doc.lines));
      for (const d of diagnostics) kinds.add(`${d.code}${d.data ? '+data' : ''}${d.tags ? '+tags' : ''}`);
      await assertSameBytes(publish(diagnostics, { uri: pathToUri(doc.path), version: 1 }), encoder);
    }
    // Fixes, suggestions and tags all took part.
    assert.ok([...kinds].some((k) => k.endsWith('+data')), [...kinds].join(', '));
    assert.ok([...kinds].some((k) => k.includes('+tags')), [...kinds].join(', '));
  });

  it('escapes every kind of message as JSON.stringify does', async () => {
    const messages = ['', '"', '\\', 'say "x" \\ y', 'tab\there\nnew line\r', '\u0000\u0001\u001f', 'del \u007f', 'café — “quoted”', 'emoji 🎉', 'lone \ud800 surrogate', '\u2028\u2029'];
    await assertSameBytes(publish(messages.map((m, i) => plain(m, 'claim-hedged', range(i, i)))));
  });

  it('writes a message it has written before from what it kept, in this and later notifications', async () => {
    const encoder = createJsonEncoder();
    const messages = ['say "x" \\ y', 'café — “quoted”', 'plain words', 'tab\there'];
    // Each message twice in one notification, then again (with new ranges) in the next.
    await assertSameBytes(publish([...messages, ...messages].map((m, i) => plain(m, 'claim-hedged', range(i, i)))), encoder);
    await assertSameBytes(publish([...messages].reverse().map((m, i) => plain(m, 'claim-unsourced', range(i + 7, i)))), encoder);
    // More distinct messages than it keeps: the ones it let go are written afresh, the same bytes.
    const many = Array.from({ length: 9000 }, (_, i) => plain(`message ${i} "${i % 7}"`, 'claim-hedged', range(i, 0)));
    await assertSameBytes(publish(many), encoder);
    await assertSameBytes(publish(many.slice(0, 50)), encoder);
  });

  it('copies a diagnostic sent in the last notification, whatever came between, and only from it', async () => {
    const encoder = createJsonEncoder();
    const note = Array.from({ length: 300 }, (_, i) => plain(`message ${i % 40}`, i % 3 ? 'claim-hedged' : 'claim-unsourced', range(i, i % 9)));
    const odd = { ...plain('with data'), data: { fix: { title: 't', edits: [] } } };
    await assertSameBytes(publish([...note, odd]), encoder);
    // An edit: the diagnostics above it are the same objects, in new places of the message; those below are new.
    const edited = [...note.slice(0, 200), plain('a new one'), ...note.slice(200).map((d, i) => plain(String(d.message), String(d.code), range(201 + i, i % 9))), odd];
    await assertSameBytes(publish(edited, { version: 4 }), encoder);
    // Another file's notification between two of this one: nothing of the first may be copied from it.
    await assertSameBytes(publish(note.slice(0, 5).reverse(), { uri: 'file:///w/other.md', version: 1 }), encoder);
    await assertSameBytes(publish([...edited].reverse(), { version: 5 }), encoder);
    // A notification that fails half-way (a range that cannot be written) leaves nothing to copy from.
    const failing = { ...plain('x'), get message(): string { throw new Error('unreadable'); } };
    await assert.rejects(encoder.encode(publish([...edited.slice(0, 100), failing]), { charset: 'utf-8' }));
    await assertSameBytes(publish(edited.slice(0, 150), { version: 6 }), encoder);
  });

  it('writes odd shapes whole: other ranges, data, tags, related information, other fields', async () => {
    const odd: unknown[] = [
      plain('fractional', 'claim-hedged', range(1.5, 2)),
      plain('negative', 'claim-hedged', range(-1, 2)),
      plain('huge', 'claim-hedged', range(2 ** 40, 2)),
      plain('position as string', 'claim-hedged', { start: { line: '1', character: 2 }, end: { line: 1, character: 3 } }),
      plain('no range', 'claim-hedged', undefined),
      { ...plain('with data'), data: { fix: { title: 'T', edits: [] } } },
      { ...plain('with tags'), tags: [1] },
      { ...plain('related'), relatedInformation: [{ location: { uri: 'file:///x', range: range(0, 0) }, message: 'there' }] },
      { range: range(0, 0), message: 'numeric code', code: 42 },
      { range: range(0, 0), message: 'no code' },
      { range: range(0, 0), message: 'no source or link', severity: 1, code: 'claim-hedged' },
      { ...plain('other link'), codeDescription: { href: 'https://example.org/other.md' } },
      { ...plain('other severity'), severity: 1 },
      null,
      undefined,
    ];
    // The same code with other severities or links in one notification: no tail may be shared wrongly.
    await assertSameBytes(publish([...odd, ...odd]));
  });

  it('writes a notification with no diagnostics, without a version, and with many', async () => {
    await assertSameBytes(publish([]));
    await assertSameBytes(publish([plain('x')], {}));
    await assertSameBytes(publish([plain('x')], { version: null }));
    // Far more than the first output buffer holds; then past the size the buffer is kept at, a small
    // message (which lets that buffer go) and a large one again, through one encoder.
    const many = (count: number): Message => publish(Array.from({ length: count }, (_, i) => plain(`message ${i} with "quotes"`, i % 2 ? 'claim-hedged' : 'claim-unsourced', range(i, i % 80))));
    await assertSameBytes(many(20_000));
    const encoder = createJsonEncoder();
    for (const count of [70_000, 3, 20_000]) await assertSameBytes(many(count), encoder);
  });

  it('encodes every other message as JSON.stringify does', async () => {
    const encoder = createJsonEncoder();
    const messages = [
      { jsonrpc: '2.0', id: 1, result: { contents: { kind: 'markdown', value: 'café "x"' } } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'hello' } },
      { jsonrpc: '2.0', id: 2, method: 'workspace/configuration', params: { items: [{ section: 'policyNotes' }] } },
      // A diagnostics notification of a shape the encoder does not know (the diagnostics not last).
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: [plain('x')], uri: 'file:///w/a.md' } },
    ];
    for (const msg of messages) assert.equal(await encode(encoder, msg as Message), JSON.stringify(msg));
  });

  it("keeps each notification's bytes until the writer's stream has taken them", async () => {
    // The encoder reuses its buffer: it relies on StreamMessageWriter encoding a message only once
    // the stream has called back for the one before. This stream reads each chunk only when it calls
    // back, a few milliseconds later, so a message encoded sooner would corrupt the one before.
    const received: Buffer[] = [];
    const slow = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        setTimeout(() => {
          received.push(Buffer.from(chunk));
          callback();
        }, 2);
      },
    });
    const writer = new StreamMessageWriter(slow, { charset: 'utf-8', contentTypeEncoder: createJsonEncoder() });
    const messages = Array.from({ length: 12 }, (_, i) => publish(Array.from({ length: 50 + i }, (_, j) => plain(`message ${i}.${j}`, 'claim-hedged', range(i, j)))));
    await Promise.all(messages.map((m) => writer.write(m)));
    const bodies = Buffer.concat(received).toString('utf8').split(/Content-Length: \d+\r\n\r\n/).slice(1);
    assert.deepEqual(bodies, messages.map((m) => JSON.stringify(m)));
  });

  it('writes what toDiagnostic makes with no undefined fields left in the JSON', () => {
    const d: Diagnostic = toDiagnostic({ file: '/w/a.md', ruleId: 'claim-hedged', severity: 'info', start: 0, end: 3, message: 'm' }, undefined);
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(d))), ['range', 'message', 'severity', 'code', 'source', 'codeDescription']);
  });
});
