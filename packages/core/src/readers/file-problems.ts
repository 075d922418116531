import type { Span } from '../model/creative.js';
import { worded, type MessageData, type Wordings } from '../model/wording.js';
import type { ReadProblem } from './types.js';

const EXPORT_HINT = {
  en: 'export the sheet as CSV (Excel: File › Save As › CSV UTF-8; Google Sheets: File › Download › CSV) and lint that',
  zh: '请把表格导出为 CSV（Excel：文件 › 另存为 › CSV UTF-8；Google 表格：文件 › 下载 › CSV）后再检查',
};

/**
 * What can keep a file from being read, by message id, in every language: the linter words these
 * in the language of the platforms the file is checked for, so a Chinese seller's broken sheet is
 * explained in Chinese. A parser's own words (`detail`) are kept in the data, shown in English only.
 */
export const FILE_PROBLEMS = {
  directory: { en: 'is a directory', zh: '这是一个文件夹，不是创意文件' },
  'not-a-file': { en: 'not a regular file (a pipe, socket or device): not read', zh: '不是普通文件（管道、套接字或设备），未读取' },
  'too-large': { en: 'file is {{bytes}} bytes, over the {{limit}}-byte limit (max_file_size): not read', zh: '文件有 {{bytes}} 字节，超过 {{limit}} 字节的上限（max_file_size），未读取' },
  'over-limit': { en: 'file is over the {{limit}}-byte limit (max_file_size): not read', zh: '文件超过 {{limit}} 字节的上限（max_file_size），未读取' },
  'outside-project': { en: 'links outside the project ({{root}}): not read (run with --allow-outside-project to read it)', zh: '链接到项目（{{root}}）之外，未读取（加 --allow-outside-project 才会读取）' },
  unreadable: { en: 'cannot read file: {{code}}', zh: '无法读取文件（{{code}}）' },
  'not-a-creative-file': { en: 'not a creative file (expected {{expected}})', zh: '不是创意文件（应为 {{expected}}）' },
  'empty-file': { en: 'empty file: no creative to lint', zh: '文件是空的，没有可检查的创意' },
  'markdown-creatives-list': { en: 'a Markdown file is one creative: `creatives` lists belong in *.ad.yaml manifests', zh: '一个 Markdown 文件就是一条创意：`creatives` 列表请写在 *.ad.yaml 文件里' },
  'binary-file': { en: 'binary file: not a text creative', zh: '这是二进制文件，不是文本创意' },
  'not-utf8': { en: 'file is not valid UTF-8', zh: '文件不是有效的 UTF-8 编码，请另存为 UTF-8' },
  'html-too-deep': { en: 'HTML nested too deeply to read: not linted', zh: 'HTML 嵌套层级过深，无法读取，未检查' },
  'html-unparsable': { en: 'cannot parse HTML: {{detail}}', zh: '无法解析这个 HTML 文件，未检查' },
  'markdown-too-deep': { en: 'nested more than {{max}} levels deep (lists or quotes): not linted', zh: '列表或引用嵌套超过 {{max}} 层，未检查' },
  'markdown-emphasis-storm': { en: 'more than {{max}} emphasis marks (* or _) in one paragraph: not parsed, it would take minutes', zh: '一个段落里的强调符号（* 或 _）超过 {{max}} 个：解析要花几分钟，未解析' },
  'markdown-setext-storm': { en: 'more than {{max}} heading underlines (=== or --- lines): not parsed, it would take minutes', zh: '标题下划线（=== 或 --- 行）超过 {{max}} 行：解析要花几分钟，未解析' },
  'markdown-unparsable': { en: 'cannot parse Markdown: {{detail}}', zh: '无法解析这个 Markdown 文件，未检查' },
  'frontmatter-unclosed': {
    en: 'frontmatter has no closing `---` fence: where the copy starts is unknown, so the file is not linted',
    zh: 'frontmatter 缺少结尾的 `---`：无法确定文案从哪里开始，未检查这个文件',
  },
  'yaml-too-deep': { en: 'nested too deeply to parse (lists or maps inside one another about 900 levels deep)', zh: '嵌套层级过深（列表或映射互相嵌套约 900 层），无法解析' },
  'yaml-too-many-keys': { en: 'a mapping of more than {{max}} keys: not parsed, it would take minutes', zh: '一个映射的键超过 {{max}} 个：解析要花几分钟，未解析' },
  'yaml-syntax': { en: '{{detail}}', zh: 'YAML 格式错误：请检查这一处的缩进、冒号和引号' },
  'yaml-aliases': { en: '{{detail}}', zh: 'YAML 别名（alias）展开过多，未读取' },
  'json-syntax': { en: '{{detail}}', zh: 'JSON 格式错误：请检查这一处的逗号、括号和引号' },
  'sheet-is-xlsx': { en: `this file is a ZIP archive such as an Excel workbook (.xlsx), not CSV text: ${EXPORT_HINT.en}`, zh: `这是 ZIP 压缩包（如 Excel 工作簿 .xlsx），不是 CSV 文本：${EXPORT_HINT.zh}` },
  'sheet-is-xls': { en: `this file is a legacy Excel workbook (.xls), not CSV text: ${EXPORT_HINT.en}`, zh: `这是旧版 Excel 工作簿（.xls），不是 CSV 文本：${EXPORT_HINT.zh}` },
  'sheet-not-utf8': { en: `file is not valid UTF-8 (nor UTF-16 with a byte-order mark): ${EXPORT_HINT.en}`, zh: `文件不是有效的 UTF-8 编码（也不是带字节顺序标记的 UTF-16）：${EXPORT_HINT.zh}` },
  'sheet-is-binary': { en: `binary file, not CSV text: ${EXPORT_HINT.en}`, zh: `这是二进制文件，不是 CSV 文本：${EXPORT_HINT.zh}` },
  'sheet-bad-encoding': { en: `file is not valid {{encoding}}: ${EXPORT_HINT.en}`, zh: `文件不是有效的 {{encoding}} 编码：${EXPORT_HINT.zh}` },
  'sheet-missing-column': {
    en: 'header row lacks the column {{columns}} that the mapping {{mapping}} needs: rename the column, or map yours in .adlint.yaml `sheets:` (docs/sheets.md); no row is linted',
    zh: '表头缺少映射 {{mapping_id}} 所需的列 {{columns}}：请重命名这一列，或在 .adlint.yaml 的 `sheets:` 中映射你的列（见 docs/sheets.md）；未检查任何行',
  },
  'sheet-missing-columns': {
    en: 'header row lacks the columns {{columns}} that the mapping {{mapping}} needs: rename the columns, or map yours in .adlint.yaml `sheets:` (docs/sheets.md); no row is linted',
    zh: '表头缺少映射 {{mapping_id}} 所需的列 {{columns}}：请重命名这些列，或在 .adlint.yaml 的 `sheets:` 中映射你的列（见 docs/sheets.md）；未检查任何行',
  },
  'sheet-row-one-cell': {
    en: 'row has 1 cell but the header has {{width}}: cells cannot be matched to columns, so this row is not linted',
    zh: '这一行只有 1 个单元格，表头却有 {{width}} 列：单元格无法对应到列，未检查这一行',
  },
  'sheet-row-width': {
    en: 'row has {{cells}} cells but the header has {{width}}: cells cannot be matched to columns, so this row is not linted',
    zh: '这一行有 {{cells}} 个单元格，表头却有 {{width}} 列：单元格无法对应到列，未检查这一行',
  },
  'sheet-no-header': {
    en: 'no header row in the first {{rows}} rows matches the mapping tried: {{mappings}}; check `sheets:` in .adlint.yaml (docs/sheets.md)',
    zh: '前 {{rows}} 行中没有与所试映射（{{mapping_ids}}）相符的表头；请检查 .adlint.yaml 中的 `sheets:`（见 docs/sheets.md）',
  },
  'sheet-unclosed-quote': {
    en: 'unclosed quote: this cell\'s opening " is never closed, so the rest of the file would be one cell; rows from here on are not linted',
    zh: '引号没有闭合：这个单元格开头的 " 没有对应的结尾引号，其后的内容会被当成一个单元格；从这里起的行未检查',
  },
  'sheet-bad-row': { en: 'cannot parse this row: {{detail}}; rows from here on are not linted', zh: '无法解析这一行；从这里起的行未检查' },
  'sheet-not-integer': { en: '{{column}}: expected a whole number, got "{{value}}"', zh: '{{column}} 列应为整数，实际为“{{value}}”' },
} as const satisfies Wordings;

export type FileProblemId = keyof typeof FILE_PROBLEMS;

/** A read problem worded by id: `reason` is its English text, the linter words it in the file's language. */
export function readProblem(id: FileProblemId, span: Span, data: MessageData = {}, ruleId = 'adlint/parse'): ReadProblem {
  const w = worded(FILE_PROBLEMS, id, data);
  return { ruleId, category: ruleId === 'adlint/schema' ? 'schema' : 'parse', span, ...w };
}
