import path from 'node:path';
import {
  DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments,
  type Connection, type Diagnostic, type InitializeResult, type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES, MEDIA_EXTENSIONS, fixText, isCreativeFile } from '@adlint/core';
import { DISABLE_COMMAND, FIX_ALL_KIND, codeActions, minimalEdit, toTextEdit, type DisableArgs, type Snapshot } from './code-actions.js';
import { canHoldDirectives, disableDirectiveEdit } from './disable-directive.js';
import { completions } from './completion.js';
import { problemDiagnostic, toDiagnostic, uncheckedDiagnostic } from './diagnostics.js';
import { hoverFor } from './hover.js';
import { DEFAULT_SETTINGS, Project, type ProjectProblem, type ServerSettings } from './project.js';
import { pathToUri, uriToPath } from './uri.js';
import { VERSION } from './version.js';

/** What is kept per open document: its last published lint, for code actions and hovers. */
interface Linted extends Snapshot {
  file: string;
}

/**
 * The adlint language server on a connection: diagnostics on open and change (debounced; a
 * result for a version the editor has moved past is dropped), code actions, hovers, completions,
 * and a re-lint of every open document when a config, pack or lexicon changes. A broken pack or
 * config is a diagnostic on its file and on the creatives it keeps from being checked; the server
 * keeps serving.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Diagnostics on config and pack files, cleared when the project is rebuilt. */
  let problems = new Map<string, Diagnostic>();
  let initOptions: Partial<ServerSettings> = {};
  let clientSettings: Partial<ServerSettings> = {};
  let root: string | undefined;
  let canWatch = false;
  let project: Project | undefined;

  const settings = (): ServerSettings => ({ ...DEFAULT_SETTINGS, ...initOptions, ...clientSettings });
  const currentProject = (): Project => (project ??= new Project(settings(), root));

  connection.onInitialize((params): InitializeResult => {
    initOptions = readSettings(params.initializationOptions);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    root = (folder && uriToPath(folder)) ?? undefined;
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        executeCommandProvider: { commands: [DISABLE_COMMAND] },
      },
      serverInfo: { name: 'adlint-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!canWatch) return;
    // Configs, packs and lexicons rebuild the project; creatives, landing pages and media re-lint.
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: `**/{${CONFIG_NAMES.join(',')}}` },
        { globPattern: '**/*.{yaml,yml,json,md,csv,tsv}' },
        { globPattern: `**/*.{${MEDIA_EXTENSIONS.join(',')}}` },
      ],
    });
  });

  connection.onDidChangeConfiguration((change) => {
    const section = (change.settings as { adlint?: unknown } | null)?.adlint;
    if (section === undefined) return;
    const before = JSON.stringify(settings());
    clientSettings = readSettings(section);
    // Clients send the settings once after start-up too (the initialization options again): only a change rebuilds.
    if (JSON.stringify(settings()) !== before) rebuild();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const files = changes.map((c) => uriToPath(c.uri)).filter((f): f is string => Boolean(f));
    // An open creative's own text comes from the editor, not the disk.
    const outside = files.filter((f) => !documents.get(pathToUri(f)));
    if (!outside.length) return;
    if (outside.some(shapesProject)) rebuild();
    else relintAll();
  });

  // A client that cannot watch files still tells us when a config or pack it has open is saved.
  documents.onDidSave(({ document }) => {
    const file = uriToPath(document.uri);
    if (!canWatch && file && shapesProject(file)) rebuild();
  });

  /** The version each document was opened at: opening fires a change event too, which must not delay the first lint. */
  const openedAt = new Map<string, number>();
  documents.onDidOpen(({ document }) => {
    openedAt.set(document.uri, document.version);
    schedule(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (openedAt.get(document.uri) === document.version) return;
    schedule(document.uri, settings().debounce);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    openedAt.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  function rebuild(): void {
    // Problems on config and pack files belong to the project being replaced.
    for (const uri of problems.keys()) void connection.sendDiagnostics({ uri, diagnostics: [] });
    problems = new Map();
    project = undefined;
    linted.clear();
    relintAll();
  }

  function relintAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void lintDocument(uri).catch((e: unknown) => connection.console.error(`adlint: ${(e as Error).stack ?? String(e)}`));
    }, delay));
  }

  async function lintDocument(uri: string): Promise<void> {
    const doc = documents.get(uri);
    const file = uriToPath(uri);
    if (!doc || !file) return;
    const own = currentProject();
    if (!own.settings.enable) {
      linted.delete(uri);
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const version = doc.version;
    const snapshot = TextDocument.create(uri, doc.languageId, version, doc.getText());
    const outcome = await own.lint(snapshot.getText(), file);
    // Stale: the text changed or the project was rebuilt while this lint ran.
    if (documents.get(uri)?.version !== version || project !== own) return;
    let diagnostics: Diagnostic[];
    if (!outcome) {
      // Not a creative: a config or pack file shows its own problem, if it has one.
      linted.delete(uri);
      const configProblem = CONFIG_NAMES.includes(path.basename(file)) ? own.problemIn(path.dirname(file)) : null;
      if (configProblem) publishProblem(configProblem);
      const problem = problems.get(uri);
      diagnostics = problem ? [problem] : [];
    } else if ('problem' in outcome) {
      linted.delete(uri);
      publishProblem(outcome.problem);
      diagnostics = outcome.problem.file === file ? [problemDiagnostic(outcome.problem)] : [uncheckedDiagnostic(outcome.problem)];
    } else {
      const { messages, fixableCount } = outcome.result;
      linted.set(uri, { doc: snapshot, messages, fixableCount, file, canDisable: canHoldDirectives(file) });
      diagnostics = messages.map((m, i) => toDiagnostic(m, i, snapshot));
    }
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** A pack or config problem on its own file (also when that file is not open). */
  function publishProblem(problem: ProjectProblem): void {
    if (!problem.file) return;
    const uri = pathToUri(problem.file);
    const diagnostic = problemDiagnostic(problem);
    problems.set(uri, diagnostic);
    void connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
  }

  /** The last lint of a document, if it is of the text the editor has now. */
  function current(uri: string): Linted | null {
    const entry = linted.get(uri);
    return entry && documents.get(uri)?.version === entry.doc.version ? entry : null;
  }

  connection.onCodeAction(async (params) => {
    const entry = current(params.textDocument.uri);
    if (!entry) return [];
    const own = currentProject();
    return codeActions(entry, params, async (): Promise<TextEdit | null> => {
      const settingsNow = own.settingsFor(entry.file);
      if ('problem' in settingsNow) return null;
      const before = entry.doc.getText();
      const outcome = await fixText(own.linter, before, entry.file, settingsNow);
      return outcome.changed ? minimalEdit(entry.doc, before, outcome.output) : null;
    });
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== DISABLE_COMMAND) return null;
    const args = params.arguments?.[0] as DisableArgs | undefined;
    const entry = args && current(args.uri);
    if (!args || !entry || entry.doc.version !== args.version) {
      connection.window.showWarningMessage('adlint: the file changed since this action was offered; try again.');
      return null;
    }
    const message = entry.messages[args.index];
    if (!message) return null;
    const own = currentProject();
    const settingsNow = own.settingsFor(entry.file);
    if ('problem' in settingsNow) return null;
    const edit = await disableDirectiveEdit(entry.doc.getText(), entry.file, message, args.reason, (text) => own.linter.lintText(text, entry.file, settingsNow));
    if (!edit) {
      connection.window.showWarningMessage(`adlint: ${message.ruleId} cannot be disabled by a comment in this file type.`);
      return null;
    }
    await connection.workspace.applyEdit({ label: `Disable ${message.ruleId}`, edit: { changes: { [entry.doc.uri]: [toTextEdit(entry.doc, edit)] } } });
    return null;
  });

  connection.onHover((params) => {
    const entry = current(params.textDocument.uri);
    return entry ? hoverFor(currentProject().linter, entry.messages, params.position) : null;
  });

  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    const file = uriToPath(params.textDocument.uri);
    if (!doc || !file || !isCreativeFile(file)) return [];
    const own = currentProject();
    // Packs named by the file's config are part of the vocabulary.
    own.settingsFor(file);
    return completions(own.linter, doc, params.position);
  });

  documents.listen(connection);
  connection.listen();
}

/** Configs, packs, lexicons and the category taxonomy: YAML files that are not creatives. A change rebuilds the project. */
function shapesProject(file: string): boolean {
  return CONFIG_NAMES.includes(path.basename(file)) || (/\.ya?ml$/i.test(file) && !isCreativeFile(file));
}

/** The `adlint` settings section as sent by a client, keeping only well-typed values. */
export function readSettings(raw: unknown): Partial<ServerSettings> {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<ServerSettings> = {};
  if (typeof r.enable === 'boolean') out.enable = r.enable;
  if (Array.isArray(r.platforms)) out.platforms = r.platforms.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim());
  if (typeof r.config === 'string') out.config = r.config.trim() || null;
  if (r.config === null) out.config = null;
  if (typeof r.debounce === 'number' && r.debounce >= 0) out.debounce = r.debounce;
  return out;
}
