import { landingPage } from '../landing/page.js';
import { detectorsFor, hasMustHave, MUST_HAVE_LABELS, MUST_HAVES, type MustHave } from '../landing/must-haves.js';
import type { CheckType, Report } from '../model/check.js';
import { LANDING_PROBLEMS } from '../landing/problems.js';

interface LandingParams {
  require: MustHave[];
}

/**
 * The landing page a creative names in `landing:` (or a `*.landing.md` file linted itself) must
 * show what reviewers require: contact, return/refund policy, privacy policy, terms, shipping
 * information, company identity. Local files only: this check never fetches anything.
 */
export const landingCheck: CheckType<LandingParams> = {
  id: 'landing',
  description: 'The linked landing page (a local *.landing.md or *.landing.html, or the live page with --fetch-landing) shows the contact, policies, shipping and company details the platform requires.',
  category: 'required',
  messages: {
    landing: { en: 'the landing page {{page}} does not show {{missing}}', zh: '落地页 {{page}} 没有{{missing}}' },
    ...LANDING_PROBLEMS,
  },
  paramsSchema: {
    properties: {
      require: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...MUST_HAVES] } },
    },
    required: ['require'],
  },
  // The page is found through `landing:`; the selected copy fields play no part.
  defaultFields: ['landing'],
  compile(params, { language }) {
    return async (input) => {
      const { page, problems } = await landingPage(input);
      if (!page) return problems;
      const detectors = detectorsFor(page.locale);
      const reports: Report[] = [];
      for (const element of params.require) {
        if (hasMustHave(page.text, element, detectors, page.links)) continue;
        reports.push({ field: page.field, data: { missing: MUST_HAVE_LABELS[element][language], element, page: page.name } });
      }
      return reports;
    };
  },
};
