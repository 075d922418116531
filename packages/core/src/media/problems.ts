import type { MessageCategory } from '../model/message.js';
import { worded, type MessageData, type WordedProblem, type Wordings } from '../model/wording.js';

/**
 * What can be wrong with a media file itself, by message id, in every language: the media checks
 * list these among their messages, so a pack can reword each (`messages: { file-not-found: … }`)
 * and a Chinese pack's output says it in Chinese. `detail` (a decoder's own words) is kept in the
 * data for tools and shown only in English.
 */
export const MEDIA_PROBLEMS = {
  'file-not-found': { en: 'media file not found: {{file}}', zh: '找不到素材文件：{{file}}' },
  'outside-project': {
    en: '{{file}} is outside the project ({{root}}): not read (run with --allow-outside-project to read it)',
    zh: '{{file}} 在项目（{{root}}）之外，未读取（加 --allow-outside-project 才会读取）',
  },
  folder: { en: '{{file}} is a folder, not an image or video', zh: '{{file}} 是文件夹，不是图片或视频' },
  'not-a-file': { en: '{{file}} is not a regular file', zh: '{{file}} 不是普通文件' },
  'empty-file': { en: '{{file}} is empty (0 bytes)', zh: '{{file}} 是空文件（0 字节）' },
  'link-loop': { en: '{{file}} is a symbolic link loop', zh: '{{file}} 是循环的符号链接' },
  'permission-denied': { en: '{{file}} cannot be read: permission denied', zh: '没有读取 {{file}} 的权限' },
  'unreadable-file': { en: '{{file}} cannot be read: {{code}}', zh: '无法读取 {{file}}（{{code}}）' },
  'holds-image': { en: '{{file}} is named .{{ext}} but holds an image', zh: '{{file}} 的扩展名是 .{{ext}}，内容却是图片' },
  'holds-video': { en: '{{file}} is named .{{ext}} but holds a video', zh: '{{file}} 的扩展名是 .{{ext}}，内容却是视频' },
  'misnamed-image': { en: '{{file}} is named .{{ext}} but holds a {{format}} image', zh: '{{file}} 的扩展名是 .{{ext}}，内容却是 {{format}} 图片' },
  'misnamed-video': { en: '{{file}} is named .{{ext}} but holds a {{format}} video', zh: '{{file}} 的扩展名是 .{{ext}}，内容却是 {{format}} 视频' },
  'unreadable-format': { en: '{{file}} is not a readable {{format}} file ({{detail}})', zh: '{{file}} 不是可读取的 {{format}} 文件，可能已损坏' },
  'not-an-image': { en: '{{file}} is not an image adlint can read ({{detail}})', zh: '{{file}} 不是 adlint 能读取的图片' },
  'truncated-image': { en: '{{file}} is truncated: its {{format}} data ends without its end marker ({{marker}})', zh: '{{file}} 不完整：{{format}} 数据缺少结尾标记（{{marker}}），文件可能没有复制完整' },
  'too-many-pixels': {
    en: "{{file}} is {{dimensions}} ({{megapixels}} megapixels), over adlint's {{limit}}-megapixel decoding limit: its pixels are not checked",
    zh: '{{file}} 为 {{dimensions}}（{{megapixels}} 百万像素），超过 adlint 的 {{limit}} 百万像素解码上限，未检查画面内容',
  },
  undecodable: { en: '{{file}} cannot be decoded ({{detail}})', zh: '{{file}} 无法解码，文件可能已损坏' },
  'box-header-truncated': { en: '{{file}} is truncated inside a box header', zh: '{{file}} 不完整：文件在结构块头部中途结束' },
  'invalid-box': { en: '{{file}} is corrupt: invalid box at byte {{byte}}', zh: '{{file}} 已损坏：第 {{byte}} 字节处的结构块无效' },
  'box-truncated': { en: '{{file}} is truncated: its {{box}} box ends past the end of the file', zh: '{{file}} 不完整：{{box}} 结构块超出了文件末尾' },
  'box-too-large': { en: '{{file}} has a {{box}} box of {{bytes}} bytes, more than adlint reads', zh: '{{file}} 的 {{box}} 结构块有 {{bytes}} 字节，超过 adlint 读取的上限' },
  'too-many-boxes': { en: '{{file}} has more than {{max}} top-level boxes before its movie header: not read further', zh: '{{file}} 在影片头之前有超过 {{max}} 个顶层结构块，未继续读取' },
  'no-movie-header': {
    en: '{{file}} has no movie header (moov box): the file is truncated, still being written, or not an MP4/MOV video',
    zh: '{{file}} 没有影片头（moov 结构块）：文件不完整、仍在写入，或不是 MP4/MOV 视频',
  },
  'corrupt-movie-header': { en: '{{file}} has a corrupt movie header: {{detail}}', zh: '{{file}} 的影片头（moov 结构块）已损坏' },
  'no-video-track': { en: '{{file}} has no video track', zh: '{{file}} 没有视频轨道' },
} as const satisfies Wordings;

export type MediaProblemId = keyof typeof MEDIA_PROBLEMS;

/** Something wrong with the file itself; `fatal` when nothing more can be read from it. */
export interface MediaProblem extends WordedProblem {
  category: MessageCategory;
  fatal: boolean;
}

export function mediaProblem(id: MediaProblemId, data: MessageData, category: MessageCategory, fatal: boolean): MediaProblem {
  return { ...worded(MEDIA_PROBLEMS, id, data), category, fatal };
}
