import type { Report } from '../model/check.js';
import type { MessageData, Wordings } from '../model/wording.js';

/**
 * Why a linked landing page could not be read, by message id, in every language: the landing
 * checks list these among their messages, so a pack can reword each and a Chinese pack says it in
 * Chinese. `detail` (a reader's own words) is kept in the data and shown only in English.
 */
export const LANDING_PROBLEMS = {
  'page-not-supported': { en: 'landing page {{page}} is not a *.landing.md file or an HTML page (.html)', zh: '落地页 {{page}} 不是 *.landing.md 文件或 HTML 网页（.html）' },
  'page-not-local': {
    en: 'landing page {{page}} is not a local file: name the saved *.landing.md or *.landing.html page (or pass --fetch-landing to check the live page at landing_url)',
    zh: '落地页 {{page}} 不是本地文件：请写保存的 *.landing.md 或 *.landing.html 页面（或加 --fetch-landing 检查 landing_url 的线上页面）',
  },
  'page-not-found': { en: 'landing page not found: {{page}}', zh: '找不到落地页：{{page}}' },
  'page-outside-project': {
    en: 'landing page {{page}} is outside the project ({{root}}): not read (run with --allow-outside-project to read it)',
    zh: '落地页 {{page}} 在项目（{{root}}）之外，未读取（加 --allow-outside-project 才会读取）',
  },
  'page-not-a-file': { en: 'landing page {{page}} is not a regular file', zh: '落地页 {{page}} 不是普通文件' },
  'page-too-large': { en: 'landing page {{page}} is {{bytes}} bytes, over the {{limit}}-byte limit: not read', zh: '落地页 {{page}} 有 {{bytes}} 字节，超过 {{limit}} 字节的上限，未读取' },
  'page-unreadable': { en: 'cannot read landing page {{page}}: {{code}}', zh: '无法读取落地页 {{page}}（{{code}}）' },
  'page-undecodable': { en: 'landing page {{page}}: {{detail}}', zh: '落地页 {{page}} 的编码无法识别，请另存为 UTF-8' },
  'page-empty': { en: 'landing page {{page}} cannot be read: {{detail}}', zh: '无法读取落地页 {{page}} 的内容' },
} as const satisfies Wordings;

export type LandingProblemId = keyof typeof LANDING_PROBLEMS;

/** A page that cannot be read, as a report at the creative's `landing:`. */
export interface LandingProblem {
  id: LandingProblemId;
  data: MessageData;
}

export function landingProblemReport(p: LandingProblem): Report {
  return { field: 'landing', messageId: p.id, data: p.data, aboutInput: true, category: 'parse' };
}
