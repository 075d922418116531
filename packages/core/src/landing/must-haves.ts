import type { Wording } from '../model/wording.js';

/**
 * What reviewers look for on a landing page, and how each is recognised per language. Which of
 * them a platform requires is pack data (the `landing` check's `require`); this is only the
 * vocabulary, so it lives with the engine.
 */
export const MUST_HAVES = ['contact', 'returns', 'privacy', 'terms', 'shipping', 'company'] as const;
export type MustHave = (typeof MUST_HAVES)[number];

/** How a missing element is named in messages (`{{missing}}`), in every language. */
export const MUST_HAVE_LABELS: Record<MustHave, Wording> = {
  contact: { en: 'a contact method (phone, email or address)', zh: '联系方式（电话、邮箱或地址）' },
  returns: { en: 'a return/refund policy', zh: '退换货/退款规则' },
  privacy: { en: 'a privacy policy', zh: '隐私政策' },
  terms: { en: 'terms and conditions', zh: '服务条款' },
  shipping: { en: 'shipping information', zh: '配送信息' },
  company: { en: 'the company identity (legal name or registration)', zh: '经营主体信息（公司名称或营业执照）' },
};

type Detectors = Record<MustHave, RegExp>;

// An email address or a phone number of at least 7 digits is a contact in any language.
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const PHONE = String.raw`(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}`;

const DETECTORS: Record<string, Detectors> = {
  en: {
    contact: new RegExp(String.raw`${EMAIL}|(?<![\d.,])${PHONE}(?![\d.,]\d)|\bcontact us\b|\bcustomer (?:service|support|care)\b|\bcall us\b`, 'iu'),
    returns: /\b(?:return|refund|exchange)s?(?: (?:&|and) (?:return|refund|exchange)s?)? polic(?:y|ies)\b|\breturns? (?:&|and) (?:refunds?|exchanges?)\b|\bmoney[- ]back guarantee\b|\b\d+[- ]day (?:returns?|refunds?|money[- ]back)\b|\bfree returns?\b/iu,
    privacy: /\bprivacy (?:policy|notice|statement)\b/iu,
    terms: /\bterms (?:of (?:service|use|sale)|(?:&|and) conditions)\b|\bT&Cs?\b|\bconditions of sale\b/iu,
    shipping: /\b(?:shipping|delivery|dispatch(?:ed)?|ships (?:in|within|free))\b/iu,
    company: /\b(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|PLC|Pty|S\.A|B\.V|S\.A\.S)\b\.?|\b(?:company|business|registration) (?:number|no\.?)|\bregistered (?:office|address|in)\b/u,
  },
  zh: {
    contact: new RegExp(String.raw`${EMAIL}|(?<!\d)(?:1[3-9]\d{9}|400[ -]?\d{3}[ -]?\d{4}|0\d{2,3}[ -]?\d{7,8})(?!\d)|客服电话|联系电话|客服热线|联系方式|联系我们|在线客服|客服邮箱`, 'u'),
    returns: /退换货|退换|退货|退款|无理由退|售后(?:服务|政策|保障)/u,
    privacy: /隐私政策|隐私条款|隐私声明|隐私协议|个人信息保护/u,
    terms: /用户协议|服务协议|服务条款|使用条款|购买须知|交易条款/u,
    shipping: /配送|发货|运费|包邮|快递|物流/u,
    company: /营业执照|统一社会信用代码|有限(?:责任)?公司|股份(?:有限)?公司|个体工商户|ICP备|(?:企业|公司|经营者|经营主体)(?:名称|信息)/u,
  },
};

/**
 * The detectors for a page's language (`zh-CN` → `zh`), plus English, which pages in any language
 * often use for their footer links ("Privacy Policy"). A page of unknown language, or of one with
 * no detectors yet, is read with all of them: missing an element is the finding, so recognising
 * more wording only avoids false reports.
 */
export function detectorsFor(locale: string | undefined): Detectors[] {
  const lang = locale?.toLowerCase().split('-')[0];
  const own = lang ? DETECTORS[lang] : undefined;
  if (!own) return Object.values(DETECTORS);
  return lang === 'en' ? [own] : [own, DETECTORS.en!];
}

/**
 * A footer link names its page in a word or two ("Refunds", "Privacy", "退换货") or only in its
 * target (`/policies/refund-policy`): either shows the page has the element. Contact and company
 * details must be on the page itself, so only policies and shipping are found through links.
 */
const LINK_LABELS: Partial<Record<MustHave, RegExp>> = {
  returns: /^(?:returns?|refunds?|exchanges?|returns? (?:&|and) (?:refunds?|exchanges?)|退换货?|退货|退款|售后)$/iu,
  privacy: /^(?:privacy|隐私)$/iu,
  terms: /^(?:terms|terms of (?:service|use|sale)|legal|条款|协议)$/iu,
  shipping: /^(?:shipping|delivery|配送|发货|物流)$/iu,
};
const LINK_TARGETS: Partial<Record<MustHave, RegExp>> = {
  returns: /(?:^|[/_.-])(?:returns?|refunds?|exchanges?)(?:[/_.-]|policy|$)/i,
  privacy: /(?:^|[/_.-])privacy(?:[/_.-]|policy|$)/i,
  terms: /(?:^|[/_.-])(?:terms|tos|conditions)(?:[/_.-]|of|$)/i,
  shipping: /(?:^|[/_.-])(?:shipping|delivery)(?:[/_.-]|policy|$)/i,
};

export function hasMustHave(text: string, element: MustHave, detectors: readonly Detectors[], links: readonly { text: string; href: string }[] = []): boolean {
  if (detectors.some((d) => d[element].test(text))) return true;
  const label = LINK_LABELS[element];
  const target = LINK_TARGETS[element];
  return links.some((l) => label?.test(l.text) || (target !== undefined && target.test(linkPath(l.href))));
}

/** The path of a link target: its words, not its host (`privacy.example.com` is no policy). */
function linkPath(href: string): string {
  try {
    return decodeURIComponent(new URL(href, 'https://page.invalid/').pathname);
  } catch {
    return '';
  }
}
