import { joinList } from '../model/wording.js';
import type { CheckType, Report } from '../model/check.js';

interface UrlParams {
  valid?: boolean;
  require_https?: boolean;
  allow_domains?: string[];
  deny_domains?: string[];
  match_landing?: boolean;
  required_params?: string[];
  forbidden_params?: string[];
}

const domains = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[^\\s/:]+$' } };
const params = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } };

/** WHATWG parsing; a display URL is usually written without a scheme, so one is assumed for it. */
function parse(text: string, assumeScheme: boolean): URL | null {
  const trimmed = text.trim();
  const withScheme = assumeScheme && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? `https://${trimmed}` : trimmed;
  return URL.canParse(withScheme) ? new URL(withScheme) : null;
}

/** `shop.example.com` is within `example.com`. */
function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Domains as WHATWG writes hosts (lower case, punycode), so `Bücher.de` in a pack matches. */
function normalizeDomain(d: string): string {
  return new URL(`https://${d}`).hostname;
}

/** Where `needle` sits in the written text, for pointing at the offending characters. */
function rangeOf(text: string, needle: string): [number, number] | undefined {
  const i = text.toLowerCase().indexOf(needle.toLowerCase());
  return i < 0 ? undefined : [i, i + needle.length];
}

/**
 * Landing and display URLs, offline: well-formed, https, domain allow/deny lists (link shorteners
 * are a deny list), display domain matching the landing domain, tracking parameters.
 */
export const urlCheck: CheckType<UrlParams> = {
  id: 'url',
  description: 'Landing and display URLs: well-formed, https, allowed and denied domains, display domain matching the landing page, required and forbidden query parameters.',
  category: 'url',
  defaultFields: ['landing_url'],
  messages: {
    invalid: { en: '{{url}} is not a valid web address', zh: '{{url}} 不是有效的网址' },
    'needs-scheme': { en: '{{url}} is not a valid web address (it needs https://)', zh: '{{url}} 不是有效的网址（须以 https:// 开头）' },
    'invalid-domain': { en: '{{domain}} is not a valid domain', zh: '{{domain}} 不是有效的域名' },
    https: { en: '{{url}} uses http; https is required', zh: '{{url}} 使用 http，须使用 https' },
    'not-allowed-domain': { en: '{{domain}} is not an allowed domain ({{allowed}})', zh: '{{domain}} 不在允许的域名之列（{{allowed}}）' },
    'denied-domain': { en: '{{domain}} is not allowed', zh: '不允许使用域名 {{domain}}' },
    'landing-mismatch': { en: 'the display URL shows {{shown}} but the landing page is on {{landing_domain}}', zh: '显示网址为 {{shown}}，落地页却在 {{landing_domain}}' },
    'missing-param': { en: 'the URL has no {{param}} parameter', zh: '网址缺少 {{param}} 参数' },
    'forbidden-param': { en: 'the URL carries the {{param}} parameter', zh: '网址带有不允许的 {{param}} 参数' },
  },
  paramsSchema: {
    properties: {
      valid: { const: true },
      require_https: { const: true },
      allow_domains: domains,
      deny_domains: domains,
      match_landing: { const: true },
      required_params: params,
      forbidden_params: params,
    },
    anyOf: ['valid', 'require_https', 'allow_domains', 'deny_domains', 'match_landing', 'required_params', 'forbidden_params'].map((k) => ({ required: [k] })),
  },
  compile(p, rule) {
    const norm = (list: string[] | undefined, key: string): string[] | undefined =>
      list?.map((d, i) => {
        try {
          return normalizeDomain(d);
        } catch {
          return rule.fail(`"${d}" is not a domain`, [key, i]);
        }
      });
    const allow = norm(p.allow_domains, 'allow_domains');
    const deny = norm(p.deny_domains, 'deny_domains');
    return async ({ creative, fields }) => {
      const reports: Report[] = [];
      // The public suffix list costs a moment to load: only URL rules that need domains pay it.
      const getDomain = p.valid || p.match_landing ? (await import('tldts')).getDomain : (host: string) => host;
      for (const { path, value } of fields) {
        if (typeof value !== 'string') continue;
        const isDisplay = path === 'display_url';
        const url = parse(value, isDisplay);
        const data = { url: value.trim() };
        if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
          if (p.valid) reports.push({ field: path, messageId: !isDisplay && url === null && parse(value, true) ? 'needs-scheme' : 'invalid', data: { url: value.trim() || (rule.language === 'zh' ? '（空）' : '(empty)') } });
          continue;
        }
        const host = url.hostname.replace(/\.$/, '');
        if (p.valid && (/\s/.test(value.trim()) || (!getDomain(host) && !/^[\d.]+$|^\[/.test(host)))) {
          reports.push({ field: path, range: rangeOf(value, host), messageId: 'invalid-domain', data: { ...data, domain: host } });
          continue;
        }
        if (p.require_https && url.protocol === 'http:' && !isDisplay) {
          const at = value.indexOf(value.trim());
          reports.push({ field: path, range: [at, at + 4], fix: { range: [at, at + 4], text: 'https' }, messageId: 'https', data: { ...data, scheme: 'http' } });
        }
        const dataHost = { ...data, domain: host };
        if (allow && !allow.some((d) => within(host, d))) {
          const allowed = joinList(p.allow_domains!, rule.language);
          reports.push({ field: path, range: rangeOf(value, host), messageId: 'not-allowed-domain', data: { ...dataHost, allowed } });
        }
        const denied = deny?.find((d) => within(host, d));
        if (denied) reports.push({ field: path, range: rangeOf(value, host), messageId: 'denied-domain', data: { ...dataHost, denied } });
        if (p.match_landing && isDisplay) reports.push(...matchLanding(creative.data.landing_url, value, host, dataHost, getDomain));
        for (const name of p.required_params ?? []) {
          if (!url.searchParams.has(name)) reports.push({ field: path, messageId: 'missing-param', data: { ...dataHost, param: name } });
        }
        for (const name of p.forbidden_params ?? []) {
          if (url.searchParams.has(name)) reports.push({ field: path, range: rangeOf(value, `${name}=`) ?? rangeOf(value, name), messageId: 'forbidden-param', data: { ...dataHost, param: name } });
        }
      }
      return reports;
    };
  },
};

/** The display URL's registrable domain must be the landing page's (`www.` and subdomains aside). */
function matchLanding(landing: unknown, written: string, host: string, data: Record<string, string>, getDomain: (host: string) => string | null): Report[] {
  const target = typeof landing === 'string' ? parse(landing, false) : null;
  if (!target?.hostname) return [];
  const shown = getDomain(host) ?? host;
  const actual = getDomain(target.hostname) ?? target.hostname;
  if (shown === actual) return [];
  return [{ field: 'display_url', range: rangeOf(written, host), messageId: 'landing-mismatch', data: { ...data, shown, landing_domain: actual } }];
}
