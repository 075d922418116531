import { textItems } from '../model/fields.js';
import { findClaims, type ClaimKind } from '../landing/claims.js';
import { landingPage } from '../landing/page.js';
import type { CheckType, Report } from '../model/check.js';
import { LANDING_PROBLEMS } from '../landing/problems.js';

interface ConsistencyParams {
  /** Which kinds of offer must be repeated on the page; all by default. */
  claims?: ClaimKind[];
}

const KINDS: ClaimKind[] = ['price', 'discount', 'free shipping', 'free returns'];

/**
 * Prices, discounts and free-shipping or free-return promises in the ad must also be on the
 * landing page it links (`landing:`), compared after normalising how they are written. Reviewers
 * reject ads whose offer the page does not show; the message points at the offer in the ad.
 */
export const consistencyCheck: CheckType<ConsistencyParams> = {
  id: 'consistency',
  description: 'Prices, discounts and free-shipping/free-return promises in the ad appear on the linked landing page.',
  category: 'claim',
  messages: {
    consistency: { en: '"{{found}}" ({{kind}}) is not on the landing page {{page}}', zh: '广告中的“{{found}}”没有出现在落地页 {{page}} 上' },
    ...LANDING_PROBLEMS,
  },
  paramsSchema: {
    properties: {
      claims: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: KINDS } },
    },
  },
  defaultFields: ['copy.*'],
  compile(params) {
    const kinds = new Set(params.claims ?? KINDS);
    return async (input) => {
      // Nothing to compare before the ad states an offer: the page is not even read.
      const stated = input.fields.flatMap((f) => textItems(f).flatMap(({ path, text }) =>
        findClaims(text).filter((c) => kinds.has(c.kind)).map((c) => ({ path, text, claim: c }))));
      if (stated.length === 0) return [];
      const { page, problems } = await landingPage(input);
      // A page compared with itself agrees: only a linked page is compared.
      if (!page || page.self) return problems;
      const onPage = new Set(findClaims(page.text).map((c) => c.key));
      const reports: Report[] = [];
      for (const { path, text, claim } of stated) {
        if (onPage.has(claim.key)) continue;
        reports.push({ field: path, range: [claim.start, claim.end], data: { found: text.slice(claim.start, claim.end), kind: claim.kind, page: page.name } });
      }
      return reports;
    };
  },
};
