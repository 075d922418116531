import { worded, type MessageData, type Wording, type WordedProblem, type Wordings } from '../model/wording.js';
import type { LandingFetchFailure } from '../model/live-landing.js';

/**
 * Why `--fetch-landing` could not get a page, by message id, in every language: the linter words
 * them in the language of the creative's platforms. Addresses, status codes and error codes are
 * kept as written; the server's and the network library's own words only in English (`data`).
 */
export const LANDING_FETCH_FAILURES = {
  'invalid-url': { en: '{{url}} is not a valid web address', zh: '{{url}} 不是有效的网址' },
  'not-http': { en: '{{url}} is not an http or https address: not fetched', zh: '{{url}} 不是 http 或 https 网址，未抓取' },
  'private-address': {
    en: '{{url}} is a loopback or private address: not fetched (allow with --fetch-landing-allow-private)',
    zh: '{{url}} 是本机或内网地址，未抓取（加 --fetch-landing-allow-private 才会抓取）',
  },
  'not-in-cache': {
    en: '{{url}} is not in the landing page cache: run once with --fetch-landing (online) to fill it',
    zh: '{{url}} 不在落地页缓存中：请先联网运行一次 --fetch-landing 把它存入缓存',
  },
  'redirect-without-location': { en: '{{at}} answered HTTP {{status}} without a Location to go to', zh: '{{at}} 返回 HTTP {{status}}，却没有给出跳转地址（Location）' },
  'too-many-redirects': { en: 'more than {{max}} redirects (last: {{at}} → {{location}})', zh: '跳转超过 {{max}} 次（最后一次：{{at}} → {{location}}）' },
  'redirected-to': { en: 'redirected to {{target}}', zh: '跳转到了 {{target}}' },
  'http-status': { en: '{{at}} answered HTTP {{status_line}}', zh: '{{at}} 返回 HTTP {{status}}，页面无法正常打开' },
  'not-html': { en: '{{at}} is not an HTML page (Content-Type: {{type}})', zh: '{{at}} 不是 HTML 网页（Content-Type：{{type}}）' },
  'too-large': { en: '{{at}} is larger than {{max}} bytes: not read', zh: '{{at}} 超过 {{max}} 字节，未读取' },
  timeout: { en: '{{at}} did not answer within {{seconds}} s', zh: '{{at}} 在 {{seconds}} 秒内没有响应' },
  'resolves-private': {
    en: '{{at}} resolves to {{address}}, a loopback or private address: not fetched (allow with --fetch-landing-allow-private)',
    zh: '{{at}} 解析到 {{address}}，是本机或内网地址，未抓取（加 --fetch-landing-allow-private 才会抓取）',
  },
  'domain-not-found': { en: '{{at}}: the domain does not resolve ({{code}})', zh: '{{at}}：域名无法解析（{{code}}）' },
  tls: { en: '{{at}}: TLS error ({{code}})', zh: '{{at}}：HTTPS 证书或加密连接出错（{{code}}）' },
  connection: { en: '{{at}} could not be fetched: {{said}} ({{code}})', zh: '{{at}} 无法抓取：{{said}}（{{code}}）' },
  'fetch-failed': { en: '{{at}} could not be fetched: {{detail}}', zh: '{{at}} 无法抓取' },
  failed: { en: '{{detail}}', zh: '无法抓取这个落地页' },
} as const satisfies Wordings;

export type LandingFetchFailureId = keyof typeof LANDING_FETCH_FAILURES;

/** What is said about a page `--fetch-landing` fetched: it could not, or it led off the ad's domain. */
export const LANDING_FETCH_PROBLEMS = {
  'cannot-check': { en: 'landing page cannot be checked: {{failure}}', zh: '无法检查落地页：{{failure}}' },
  'redirect-off-domain': {
    en: 'landing_url redirects off {{domain}}: {{chain}} (platforms reject ads whose landing page is on another domain than the one they show)',
    zh: '落地页（landing_url）跳转到了 {{domain}} 以外的域名：{{chain}}（落地页域名与广告展示的域名不一致，平台会拒绝这类广告）',
  },
} as const satisfies Wordings;

/** Connection errors by code, in words. */
export const CONNECTION_ERRORS: Readonly<Record<string, Wording>> = {
  ECONNREFUSED: { en: 'the connection was refused', zh: '连接被拒绝' },
  ECONNRESET: { en: 'the connection was reset', zh: '连接被重置' },
  EHOSTUNREACH: { en: 'the host cannot be reached', zh: '无法连到服务器' },
  ENETUNREACH: { en: 'the network cannot be reached', zh: '网络不通' },
  UND_ERR_SOCKET: { en: 'the connection closed early', zh: '连接提前断开' },
};

/** The clauses a failure's wording is made of: a redirect's target problem, a connection error's words. */
function partsOf(failure: LandingFetchFailure): Record<string, Wording | undefined> {
  if (failure.id === 'redirected-to') return { target: LANDING_FETCH_FAILURES[failure.data.cause as LandingFetchFailureId] };
  if (failure.id === 'connection') return { said: CONNECTION_ERRORS[String(failure.data.code)] };
  return {};
}

/** A fetch failure's id and data, with its English words (the `reason` of a failed LiveLanding). */
export function fetchFailure(id: LandingFetchFailureId, data: MessageData): { failure: LandingFetchFailure; reason: string } {
  const failure = { id, data };
  return { failure, reason: worded(LANDING_FETCH_FAILURES, id, data, partsOf(failure)).reason };
}

/** "Landing page cannot be checked", worded in every language, with the failure's id. */
export function cannotCheck(failure: LandingFetchFailure): WordedProblem {
  const known = Object.hasOwn(LANDING_FETCH_FAILURES, failure.id);
  const f = known ? worded(LANDING_FETCH_FAILURES, failure.id, failure.data, partsOf(failure)) : worded(LANDING_FETCH_FAILURES, 'failed', failure.data);
  const w = worded(LANDING_FETCH_PROBLEMS, 'cannot-check', f.data, { failure: f.wording });
  return { ...w, messageId: f.messageId };
}
