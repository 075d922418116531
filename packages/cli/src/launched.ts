/**
 * What the launcher (src/launch/) hands the bundle it starts: what became of the code cache, for
 * `--debug`, and its own import(). The bundle is compiled as a vm.Script (for the code cache), and
 * on Node 20 such code cannot call import() without an experimental flag; so its build turns
 * import() into require(), and a user's own module (a custom formatter, which may be an ES
 * module) is imported by the launcher, itself an ES module. Unset when the CLI runs unbundled.
 */
export interface Launch {
  codeCacheNote: string;
  /** This run lints: what it compiles is worth keeping. */
  linted(): void;
  importModule(specifier: string): Promise<unknown>;
}

let launch: Launch | undefined;

export function setLaunch(value: Launch): void {
  launch = value;
}

export function codeCacheNote(): string | undefined {
  return launch?.codeCacheNote;
}

/** Tells the launcher this run lints (see Launch.linted). */
export function markLinting(): void {
  launch?.linted();
}

export function importUserModule(specifier: string): Promise<unknown> {
  return launch ? launch.importModule(specifier) : import(specifier);
}
