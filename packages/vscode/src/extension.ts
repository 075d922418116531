import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The files adlint reads, and its config files (whose problems it shows). */
const DOCUMENTS = [
  { scheme: 'file', pattern: '**/*.{ad.yaml,ad.yml,ad.json,ad.md,listing.md,landing.md,csv,tsv,CSV,TSV}' },
  { scheme: 'file', pattern: '**/.adlint.{yaml,yml}' },
];

const DISABLE_COMMAND = 'adlint.disableForLine';

let client: LanguageClient | undefined;

/**
 * A thin client: it finds the `@adlint/language-server` installed in the workspace (as the ESLint
 * extension uses the workspace's ESLint, so the packs and version are the project's own), starts it
 * for the adlint file types, passes the `adlint.*` settings, and asks for the reason when a rule is
 * disabled for a line.
 */
export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(commands.registerCommand('adlint.restartServer', async () => {
    await client?.stop();
    client = undefined;
    await start(context);
  }));
  context.subscriptions.push(workspace.onDidChangeConfiguration(async (e) => {
    if (e.affectsConfiguration('adlint.server.path')) await commands.executeCommand('adlint.restartServer');
  }));
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function start(context: ExtensionContext): Promise<void> {
  const server = findServer();
  if (!server) {
    // Activated by any YAML or Markdown file: speak up only in a project that has adlint files.
    const adlintFiles = await workspace.findFiles('**/{.adlint.yaml,.adlint.yml,*.ad.yaml,*.ad.yml,*.ad.json,*.ad.md,*.listing.md,*.landing.md}', '**/node_modules/**', 1);
    if (adlintFiles.length) void window.showWarningMessage('adlint: install the language server in this project (`npm install --save-dev @adlint/language-server`) or set `adlint.server.path`.');
    return;
  }
  const serverOptions: ServerOptions = {
    run: { module: server, transport: TransportKind.stdio },
    debug: { module: server, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENTS,
    synchronize: { configurationSection: 'adlint' },
    initializationOptions: workspace.getConfiguration('adlint'),
    middleware: {
      executeCommand: async (command, args, next) => {
        if (command !== DISABLE_COMMAND) return next(command, args);
        const reason = await window.showInputBox({
          title: 'Disable for this line',
          prompt: 'Why is this rule silenced here? The reason is kept with the finding in reports.',
          placeHolder: 'e.g. clinical study on file, ref 2026-014',
        });
        if (reason === undefined) return undefined;
        return next(command, [{ ...(args[0] as object), reason }]);
      },
    },
  };
  client = new LanguageClient('adlint', 'adlint', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

/** The server's entry: the setting, else `@adlint/language-server`'s bin as installed in a workspace folder. */
function findServer(): string | null {
  const configured = workspace.getConfiguration('adlint').get<string | null>('server.path');
  if (configured) return path.resolve(workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', configured);
  for (const folder of workspace.workspaceFolders ?? []) {
    try {
      const manifest = createRequire(path.join(folder.uri.fsPath, 'package.json')).resolve('@adlint/language-server/package.json');
      const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['adlint-language-server'];
      const entry = bin && path.join(path.dirname(manifest), bin);
      if (entry && existsSync(entry)) return entry;
    } catch {
      // Not installed in this folder: try the next.
    }
  }
  return null;
}
