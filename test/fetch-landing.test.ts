import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adlintJsonAsync, pointedText, tempProject } from './helpers/cli.js';

const complete = `<!doctype html><html lang="en"><body><h1>Linen shirts</h1>
<p>Now $19.99. Free shipping on every order.</p>
<footer>Shop Goods LLC · help@shop.example · <a href="/policies/refund-policy">Refunds</a> · <a href="/policies/privacy-policy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body></html>`;
const bare = '<!doctype html><html lang="en"><body><h1>Linen shirts</h1><p>Now $19.99.</p></body></html>';

let server: Server;
/** Another loopback address, standing for another domain (a redirect target). */
let elsewhere: Server;
let base: string;
const seen: { url: string; headers: IncomingMessage['headers'] }[] = [];

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/complete': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end(complete);
  },
  '/bare': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(bare),
  '/away': (_req, res) => void res.writeHead(302, { location: `http://127.0.0.2:${port(elsewhere)}/complete` }).end(),
  '/missing': (_req, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
  '/slow': (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(complete), 3000),
  '/huge': (_req, res) => {
    // No Content-Length: the cap must hold while the body streams.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
    let sent = 0;
    const more = (): void => {
      while (sent < 40) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    more();
  },
  '/image': (_req, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
};
const port = (s = server): number => (s.address() as AddressInfo).port;

const handle = (req: IncomingMessage, res: ServerResponse): void => {
  seen.push({ url: req.url ?? '', headers: req.headers });
  (routes[req.url ?? ''] ?? routes['/missing']!)(req, res);
};

beforeAll(async () => {
  server = createServer(handle);
  elsewhere = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.2', resolve));
  base = `http://127.0.0.1:${port()}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
});

const ad = (url: string, text = 'Linen shirts $19.99, free shipping'): string =>
  `platforms: [tiktok]\nplacement: in_feed\nlocale: en-US\nlanding_url: ${url}\ncopy:\n  primary_text: "${text}"\n`;

/** Lints one ad naming `route` on the test server, fetching over loopback (allowed by the flag). */
async function lintAd(route: string, extra: string[] = [], dir = tempProject({})) {
  const file = `ad${Math.random().toString(36).slice(2, 8)}.ad.yaml`;
  const text = ad(`${base}${route}`);
  await import('node:fs').then((fs) => fs.writeFileSync(path.join(dir, file), text));
  const run = await adlintJsonAsync([file, '--fetch-landing', '--fetch-landing-allow-private', '--fetch-landing-timeout', '1', ...extra], { cwd: dir });
  const messages = run.results[0]!.messages;
  return { ...run, messages, text, dir, pointed: (m: (typeof messages)[number]) => pointedText(text, m) };
}

const landingMessages = (messages: { ruleId: string }[]) => messages.filter((m) => /landing/.test(m.ruleId));

describe('--fetch-landing', () => {
  it('checks a compliant live page: nothing to report; the request names adlint and carries no cookie', async () => {
    const { messages } = await lintAd('/complete');
    expect(landingMessages(messages)).toEqual([]);
    const request = seen.find((s) => s.url === '/complete')!;
    expect(request.headers['user-agent']).toMatch(/^adlint\/\S+ \(\+https:\/\/\S+landing\.md/);
    expect(request.headers.cookie).toBeUndefined();
  });

  it('reports what the live page lacks and an offer it does not show, at landing_url, naming the fetched URL', async () => {
    const { messages, pointed } = await lintAd('/bare');
    const missing = messages.filter((m) => m.ruleId === 'tiktok/landing-page-must-haves');
    expect(missing.map((m) => /show (.*?);/.exec(m.message)![1]).sort()).toEqual([
      'a contact method (phone, email or address)', 'a privacy policy', 'a return/refund policy', 'shipping information', 'terms and conditions', 'the company identity (legal name or registration)',
    ]);
    expect(missing.every((m) => m.message.includes(`${base}/bare`) && pointed(m) === `${base}/bare`)).toBe(true);
    const mismatch = messages.filter((m) => m.ruleId === 'tiktok/landing-offer-mismatch');
    expect(mismatch.map((m) => pointed(m))).toEqual(['free shipping']);
  });

  it('reports a redirect chain that leaves the ad\'s domain', async () => {
    const { messages, pointed } = await lintAd('/away');
    const redirect = messages.filter((m) => m.ruleId === 'adlint/landing-redirect');
    expect(redirect).toHaveLength(1);
    expect(redirect[0]!.severity).toBe('warning');
    expect(redirect[0]!.message).toContain(`${base}/away → http://127.0.0.2:${port(elsewhere)}/complete`);
    expect(pointed(redirect[0]!)).toBe(`${base}/away`);
    // The page it ends at is the one checked: complete, so nothing else is reported.
    expect(messages.filter((m) => m.ruleId.startsWith('tiktok/landing'))).toEqual([]);
  });

  it.each([
    ['/missing', /answered HTTP 404/],
    ['/slow', /did not answer within 1 s/],
    ['/huge', /larger than 2097152 bytes/],
    ['/image', /not an HTML page \(Content-Type: image\/png\)/],
  ])('reports %s once, as an error at landing_url', async (route, reason) => {
    const { messages, pointed, code } = await lintAd(route);
    const fetch = messages.filter((m) => m.ruleId === 'adlint/landing-fetch');
    expect(fetch).toHaveLength(1);
    expect(fetch[0]!.severity).toBe('error');
    expect(fetch[0]!.message).toMatch(reason);
    expect(pointed(fetch[0]!)).toBe(`${base}${route}`);
    // The failure is said once: the landing checks do not also report the page they could not read.
    expect(messages.filter((m) => m.ruleId.startsWith('tiktok/landing'))).toEqual([]);
    expect(code).toBe(1);
  });

  it('refuses loopback addresses unless allowed, and other schemes always', async () => {
    const dir = tempProject({ 'a.ad.yaml': ad(`${base}/complete`), 'b.ad.yaml': ad('ftp://example.com/page') });
    const { results } = await adlintJsonAsync(['a.ad.yaml', 'b.ad.yaml', '--fetch-landing'], { cwd: dir });
    const reasons = results.map((r) => r.messages.find((m) => m.ruleId === 'adlint/landing-fetch')?.message);
    expect(reasons[0]).toMatch(/loopback or private address: not fetched \(allow with --fetch-landing-allow-private\)/);
    expect(reasons[1]).toMatch(/not an http or https address/);
  });

  it('caches pages: revalidates with the ETag after max age, and offline reads only the cache', async () => {
    const dir = tempProject({});
    const before = seen.length;
    await lintAd('/complete', ['--fetch-landing-max-age', '3600'], dir);
    await lintAd('/complete', ['--fetch-landing-max-age', '3600'], dir);
    expect(seen.length - before).toBe(1);
    // Past max age the server is asked again, with the ETag, and answers 304.
    await new Promise((r) => setTimeout(r, 50));
    const revalidated = await lintAd('/complete', ['--fetch-landing-max-age', '0.01'], dir);
    expect(seen.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(landingMessages(revalidated.messages)).toEqual([]);
    const offline = await lintAd('/complete', ['--fetch-landing=offline'], dir);
    expect(landingMessages(offline.messages)).toEqual([]);
    const uncached = await lintAd('/bare', ['--fetch-landing=offline'], tempProject({}));
    expect(uncached.messages.find((m) => m.ruleId === 'adlint/landing-fetch')!.message).toMatch(/not in the landing page cache/);
    expect(readFileSync(path.join(dir, '.adlint-landing', (await import('node:fs')).readdirSync(path.join(dir, '.adlint-landing'))[0]!), 'utf8')).toContain('adlint-landing-cache');
  });

  it('says what became of a Chinese creative\'s page in Chinese: an HTTP error, a redirect off its domain', async () => {
    const dir = tempProject({
      'a.ad.yaml': `platforms: [oceanengine]\nplacement: feed\nlanding_url: ${base}/missing\ncopy: { title: 春季新款亚麻衬衫 }\n`,
      'b.ad.yaml': `platforms: [oceanengine]\nplacement: feed\nlanding_url: ${base}/away\ncopy: { title: 春季新款亚麻衬衫 }\n`,
    });
    const { results } = await adlintJsonAsync(['a.ad.yaml', 'b.ad.yaml', '--fetch-landing', '--fetch-landing-allow-private', '--fetch-landing-timeout', '1'], { cwd: dir });
    const said = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.filter((m) => /^adlint\/landing/.test(m.ruleId)).map((m) => [m.messageId, m.message]);
    expect(said('a.ad.yaml')).toEqual([['http-status', `无法检查落地页：${base}/missing 返回 HTTP 404，页面无法正常打开`]]);
    const away = `http://127.0.0.2:${port(elsewhere)}/complete`;
    expect(said('b.ad.yaml')).toEqual([['redirect-off-domain', `落地页（landing_url）跳转到了 127.0.0.1 以外的域名：${base}/away → ${away}（落地页域名与广告展示的域名不一致，平台会拒绝这类广告）`]]);
  });
});
