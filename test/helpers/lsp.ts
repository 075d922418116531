import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ApplyWorkspaceEditParams, type Diagnostic, type InitializeParams, type ProtocolConnection, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './cli.js';

/** The server exactly as editors start it: the package's published `bin` entry, over stdio. */
const serverPackage = JSON.parse(readFileSync(path.join(repoRoot, 'packages/language-server/package.json'), 'utf8')) as { bin: Record<string, string> };
export const serverBin = path.join(repoRoot, 'packages/language-server', serverPackage.bin['adlint-language-server']!);

export interface Published {
  version: number | undefined;
  diagnostics: Diagnostic[];
}

/**
 * A minimal LSP client for end-to-end tests: it starts the server, keeps every
 * publishDiagnostics, answers the server's requests (registrations, applyEdit) and records them.
 */
export class LspClient {
  readonly published = new Map<string, Published[]>();
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly registrations: unknown[] = [];
  readonly shown: string[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      const list = this.published.get(p.uri) ?? [];
      list.push({ version: p.version, diagnostics: p.diagnostics });
      this.published.set(p.uri, list);
      for (const w of this.waiters.splice(0)) w();
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => this.shown.push(p.message));
    connection.onNotification('window/logMessage', () => {});
    connection.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
  }

  static async start(root: string, initializationOptions: Record<string, unknown> = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.listen();
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: uri(root),
      workspaceFolders: [{ uri: uri(root), name: 'test' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { dataSupport: true } },
      },
      initializationOptions,
    };
    await connection.sendRequest('initialize', params);
    await connection.sendNotification('initialized', {});
    return client;
  }

  async open(file: string, text: string, languageId = 'yaml'): Promise<string> {
    const u = uri(file);
    this.versions.set(u, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version: 1, text } });
    return u;
  }

  /** Replaces the whole text (as a full-content change) and returns the new version. */
  async change(u: string, text: string): Promise<number> {
    const version = (this.versions.get(u) ?? 1) + 1;
    this.versions.set(u, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ text }] });
    return version;
  }

  async filesChanged(files: string[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: uri(f), type: 2 })) });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Waits for a publish on `u` (published after `after` earlier ones) that satisfies `ok`. */
  async diagnostics(u: string, ok: (p: Published) => boolean = () => true, after = 0, timeoutMs = 15_000): Promise<Published> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.published.get(u) ?? []).slice(after).find(ok);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${u}; got ${JSON.stringify(this.published.get(u) ?? [])}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  count(u: string): number {
    return this.published.get(u)?.length ?? 0;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    this.connection.dispose();
    this.process.kill();
  }
}

export function uri(file: string): string {
  return pathToFileURL(file).href;
}

/** Applies LSP text edits (all against the same original text) to a string. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (line: number, character: number): number => {
    let at = 0;
    for (let l = 0; l < line; l++) at = text.indexOf('\n', at) + 1;
    return at + character;
  };
  const sorted = edits
    .map((e) => ({ start: offset(e.range.start.line, e.range.start.character), end: offset(e.range.end.line, e.range.end.character), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
