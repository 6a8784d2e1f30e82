/**
 * The language server: a thin adapter that turns protocol messages into calls on the session and
 * the feature modules, and findings into diagnostics. Time comes in through `today` (the engine has
 * no clock).
 */
import { CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, Diagnostic, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types';
import { LineIndex } from '../core/text';
import { ruleDocsUrl } from '../core/docs-url';
import { pathToUri, toDiagnostic, uriToPath } from './convert';
import { codeActionsFor, FIX_ALL_KIND } from './features/code-actions';
import { codeLenses } from './features/code-lens';
import { completionsAt } from './features/completion';
import { hoverAt } from './features/hover';
import { schemaCompletionItems, schemaFindings, schemaHoverAt } from './features/schema';
import { definitionAt, referencesAt } from './features/navigation';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { timelineHtml } from './features/timeline';
import { indexWorkspace } from './indexer';
import { LintQueue } from './lint-queue';
import { hiddenNotice, shownFindings } from './problem-limit';
import { SHOW_RULE_DOCS_COMMAND, STATUS_NOTIFICATION, TIMELINE_REQUEST } from './protocol';
import type { StatusParams, TimelineParams, TimelineResult } from './protocol';
import { Session } from './session';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import type { Settings } from './settings';

declare const POLICY_NOTES_VERSION: string | undefined;

/** What the host gives the server. */
export interface ServerOptions {
  /** Today's date as ISO `yyyy-mm-dd` (for "add date:"). */
  today(): string;
}

/** How long file events are collected before they are applied: a branch switch arrives as one batch. */
const FILE_EVENT_BATCH_MS = 50;

/** Wires every handler onto a connection and starts listening. */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let roots: string[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let canPullSettings = false;
  let canWatchFiles = false;
  let canRefreshLenses = false;
  let indexing = false;
  let generation = 0;
  let session = new Session([]);
  let queue: LintQueue;
  /** Per file, how to cancel the pending re-parse of its editor text. */
  const debounce = new Map<string, () => void>();
  const pendingFiles = new Set<string>();
  let fileTimer: NodeJS.Timeout | undefined;
  const publishedConfigs = new Set<string>();

  // An open note's findings that the engine carries over from its last version sit where they sat
  // (what an edit moves is found anew), so each keeps its diagnostic, and the encoder copies the bytes
  // of a diagnostic it sent. A closed file's findings are let go once published, and so are its
  // diagnostics: nothing there is sent twice.
  const diagnostics = new WeakMap<Finding, Diagnostic>();
  const keptDiagnostic = (finding: Finding, lines: LineIndex | undefined): Diagnostic => {
    let diagnostic = diagnostics.get(finding);
    if (!diagnostic) diagnostics.set(finding, (diagnostic = toDiagnostic(finding, lines)));
    return diagnostic;
  };
  const publish = (path: string, findings: readonly Finding[]): void => {
    const uri = pathToUri(path);
    const lines = session.workspace.get(path)?.lines;
    const diagnosticOf = session.isOpen(path) ? keptDiagnostic : toDiagnostic;
    const { shown, hidden } = shownFindings(findings, settings.maxNumberOfProblems);
    const diagnostics = shown.map((f) => diagnosticOf(f, lines));
    if (hidden > 0) diagnostics.push(hiddenNotice(hidden, settings.maxNumberOfProblems));
    void connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics });
  };

  const sendStatus = (): void => {
    const totals = queue.totals();
    const params: StatusParams = { state: indexing || queue.busy ? 'indexing' : 'ready', ...totals };
    void connection.sendNotification(STATUS_NOTIFICATION, params);
  };

  const newSession = (): void => {
    session = new Session(roots, (paths) => queue.schedule(indexing ? [...paths].filter((p) => session.isOpen(p)) : paths));
    // Schema problems are the editor's extra: from the current text of the file being published.
    queue = new LintQueue(session, publish, sendStatus, (path, findings) => {
      const text = session.workspace.get(path)?.text;
      return text === undefined ? [] : schemaFindings(session, path, text, findings);
    });
    queue.enabled = settings.enable;
  };
  newSession();

  /** Config problems are diagnostics on the config file itself; it never silently falls back. */
  const publishConfigErrors = (): void => {
    const errors = session.configErrors();
    for (const path of publishedConfigs) if (!errors.some((e) => e.file === path)) void connection.sendDiagnostics({ uri: pathToUri(path), diagnostics: [] });
    publishedConfigs.clear();
    for (const error of errors) {
      publishedConfigs.add(error.file);
      const lines = new LineIndex(error.text);
      const findings: Finding[] = error.problems.map((p) => ({ file: error.file, ruleId: 'note-syntax', severity: 'error', start: p.start, end: p.end, message: p.message }));
      void connection.sendDiagnostics({ uri: pathToUri(error.file), diagnostics: findings.map((f) => toDiagnostic(f, lines)) });
    }
  };

  const reindex = async (): Promise<void> => {
    const mine = ++generation;
    queue.clear();
    for (const path of documents.all().map((d) => uriToPath(d.uri))) if (path) session.setEditorText(path, documents.get(pathToUri(path))!.getText());
    indexing = true;
    sendStatus();
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Policy Notes: indexing', 0, undefined, true);
    try {
      const files = await indexWorkspace(
        session,
        { report: (done, total) => progress.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total} notes`), cancelled: () => progress.token.isCancellationRequested },
        () => mine === generation,
      );
      if (mine !== generation) return;
      indexing = false;
      publishConfigErrors();
      queue.schedule([...session.openPaths(), ...(files ?? session.openPaths())]);
    } finally {
      if (mine === generation) indexing = false;
      progress.done();
    }
  };

  const restart = (): void => {
    queue.clear();
    const open = documents.all();
    newSession();
    for (const d of open) {
      const path = uriToPath(d.uri);
      if (path) session.setEditorText(path, d.getText());
    }
    void reindex();
  };

  const pullSettings = async (): Promise<void> => {
    if (!canPullSettings) return;
    const raw = await connection.workspace.getConfiguration('policyNotes');
    const next = readSettings(raw);
    const wasEnabled = settings.enable;
    const limitBefore = settings.maxNumberOfProblems;
    settings = next;
    queue.enabled = settings.enable;
    if (!settings.enable && wasEnabled) queue.clear();
    if (settings.enable && !wasEnabled) queue.schedule([...session.workspace.documents()].map((d) => d.path));
    // Files with more problems than the lower of the old and new limits (0: none) show another set of them.
    const limit = (n: number): number => n || Infinity;
    if (settings.enable && wasEnabled && limitBefore !== settings.maxNumberOfProblems) queue.republish(Math.min(limit(limitBefore), limit(settings.maxNumberOfProblems)));
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? [params.rootUri ? uriToPath(params.rootUri) : undefined];
    roots = folders.filter((p): p is string => !!p);
    const caps = params.capabilities;
    canPullSettings = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRefreshLenses = !!caps.workspace?.codeLens?.refreshSupport;
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    settings = readSettings(init.policyNotes ?? init.settings ?? init);
    newSession();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['@', '[', ';', ' '], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor', FIX_ALL_KIND] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_RULE_DOCS_COMMAND] },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'policy-notes-language-server', version: typeof POLICY_NOTES_VERSION === 'string' ? POLICY_NOTES_VERSION : '0.0.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{md,markdown,yaml,yml,json,bib}' }, { globPattern: '**/.policy-notes.yaml' }],
      });
    }
    if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyNotes' });
    await pullSettings().catch((err) => connection.console.error(`Policy Notes: cannot read settings: ${String(err)}`));
    await reindex();
  });

  connection.onDidChangeConfiguration(() => void pullSettings().catch((err) => connection.console.error(String(err))));

  const applyEdit = (path: string): void => {
    debounce.delete(path);
    session.refresh(path);
  };

  documents.onDidOpen((e) => {
    const path = uriToPath(e.document.uri);
    if (!path || Session.isConfig(path)) return;
    session.setEditorText(path, e.document.getText());
    if (!indexing) applyEdit(path);
    else queue.schedule([path]);
  });

  documents.onDidChangeContent((e) => {
    const path = uriToPath(e.document.uri);
    if (!path || Session.isConfig(path)) return;
    const text = e.document.getText();
    if (session.editorTextOf(path) === text) return; // the open event already has it
    session.setEditorText(path, text);
    if (settings.run === 'onSave') return;
    debounce.get(path)?.();
    // No delay means the next turn of the event loop (a zero timeout still waits a millisecond).
    if (settings.debounceMs > 0) {
      const timer = setTimeout(() => applyEdit(path), settings.debounceMs);
      debounce.set(path, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(() => applyEdit(path));
      debounce.set(path, () => clearImmediate(immediate));
    }
  });

  documents.onDidSave((e) => {
    const path = uriToPath(e.document.uri);
    if (!path) return;
    if (Session.isConfig(path)) return restart();
    applyEdit(path);
  });

  documents.onDidClose((e) => {
    const path = uriToPath(e.document.uri);
    if (!path || Session.isConfig(path)) return;
    debounce.get(path)?.();
    debounce.delete(path);
    session.closeEditor(path);
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const path = uriToPath(change.uri);
      if (path) pendingFiles.add(path);
    }
    clearTimeout(fileTimer);
    fileTimer = setTimeout(() => {
      const batch = [...pendingFiles];
      pendingFiles.clear();
      if (batch.some((p) => Session.isConfig(p))) return restart();
      // The editor's text wins over the disk while a file is open.
      for (const path of batch) if (!session.isOpen(path)) session.load(path);
    }, FILE_EVENT_BATCH_MS);
  });

  const docAndOffset = (uri: string, position: { line: number; character: number }) => {
    const path = uriToPath(uri);
    const doc = path ? session.documentFor(path) : undefined;
    return path && doc ? { path, doc, offset: doc.lines.offsetAt(position) } : undefined;
  };

  /** An open file the index does not hold (the config), for schema hover and completion. */
  const editorFile = (uri: string, position: { line: number; character: number }) => {
    const path = uriToPath(uri);
    const open = documents.get(uri);
    return path && open ? { path, text: open.getText(), offset: open.offsetAt(position) } : undefined;
  };

  connection.onHover((params) => {
    const at = docAndOffset(params.textDocument.uri, params.position);
    if (at) return hoverAt(session, at.path, at.offset, queue.findings(at.path)) ?? schemaHoverAt(session, at.path, at.doc.text, at.offset);
    const open = editorFile(params.textDocument.uri, params.position);
    return open ? schemaHoverAt(session, open.path, open.text, open.offset) : null;
  });

  connection.onCompletion((params) => {
    const path = uriToPath(params.textDocument.uri);
    const text = documents.get(params.textDocument.uri)?.getText() ?? (path ? session.workspace.get(path)?.text : undefined);
    if (!path || text === undefined) return [];
    const items = completionsAt(session, path, text, params.position);
    if (items.length > 0) return items;
    const open = editorFile(params.textDocument.uri, params.position);
    return open ? schemaCompletionItems(session, path, text, open.offset) : [];
  });

  connection.onDefinition((params) => {
    const at = docAndOffset(params.textDocument.uri, params.position);
    return at ? definitionAt(session, at.path, at.offset) : [];
  });

  connection.onReferences((params) => {
    const at = docAndOffset(params.textDocument.uri, params.position);
    return at ? referencesAt(session, at.path, at.offset, params.context.includeDeclaration) : [];
  });

  connection.onCodeAction((params) => {
    const path = uriToPath(params.textDocument.uri);
    const doc = path ? session.documentFor(path) : undefined;
    if (!path || !doc) return [];
    const span = { start: doc.lines.offsetAt(params.range.start), end: doc.lines.offsetAt(params.range.end) };
    return codeActionsFor(session, { path, span, only: params.context.only ?? [], today: options.today() }, queue.findings(path));
  });

  connection.onDocumentSymbol((params) => {
    const path = uriToPath(params.textDocument.uri);
    return path ? documentSymbols(session, path) : [];
  });

  connection.onWorkspaceSymbol((params) => workspaceSymbols(session, params.query));

  connection.onCodeLens((params) => {
    const path = uriToPath(params.textDocument.uri);
    return path && settings.codeLens.enable && settings.enable ? codeLenses(session, path, queue.findings(path)) : [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_RULE_DOCS_COMMAND) return;
    const rule = String(params.arguments?.[0] ?? '');
    if (/^[a-z-]+$/.test(rule)) await connection.window.showDocument({ uri: ruleDocsUrl(rule), external: true });
  });

  connection.onRequest(TIMELINE_REQUEST, (params: TimelineParams | undefined): TimelineResult => {
    const path = params?.uri ? uriToPath(params.uri) : undefined;
    return { html: timelineHtml(session, path, (p) => queue.spans(p)) };
  });

  documents.listen(connection);
  connection.listen();
}
