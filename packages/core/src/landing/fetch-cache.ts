import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What is kept of a fetched page: enough to check it again and to revalidate it. */
export interface CachedPage {
  finalUrl: string;
  redirects: string[];
  html: string;
  etag: string | null;
  lastModified: string | null;
  /** When the server last confirmed it (ms since the epoch). */
  fetchedAt: number;
}

/** Marks adlint's own files: anything else in the folder is ignored. */
const MAGIC = 'adlint-landing-cache/1';

/** Fetched pages by URL, one JSON file each (named by the URL's hash), written atomically. */
export class LandingCache {
  constructor(private readonly dir: string) {}

  async get(url: string): Promise<CachedPage | null> {
    try {
      const doc = JSON.parse(await readFile(this.file(url), 'utf8')) as { magic?: string; url?: string; page?: CachedPage };
      return doc.magic === MAGIC && doc.url === url && doc.page && typeof doc.page.html === 'string' ? doc.page : null;
    } catch {
      return null;
    }
  }

  async set(url: string, page: CachedPage): Promise<void> {
    const file = this.file(url);
    // A cache that cannot be written only costs the next run a request.
    try {
      await mkdir(this.dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify({ magic: MAGIC, url, page }));
      await rename(temp, file);
    } catch {
      /* not cached */
    }
  }

  private file(url: string): string {
    return path.join(this.dir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
  }
}
