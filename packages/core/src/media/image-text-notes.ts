import type { Wordings } from '../model/wording.js';

/**
 * adlint's notes about text it could not read, by id in every language (the file's platforms'
 * language picks one): a missing program or language pack names the Debian packages to install.
 * A module of its own: the OCR reader loads lazily, but docs and front ends list these words.
 */
export const IMAGE_TEXT_NOTES = {
  'ocr-not-read': { en: 'text in {{file}} was not read: {{detail}}', zh: '未能读取 {{file}} 中的文字（{{detail}}）' },
  'ocr-frame-not-read': { en: 'text in {{file}} (frame at {{time}} s) was not read: {{detail}}', zh: '未能读取 {{file}} 第 {{time}} 秒画面中的文字（{{detail}}）' },
  'ocr-no-frames': { en: 'text in {{file}} was not read: no frame could be decoded', zh: '未能读取 {{file}} 中的文字：没有可解码的画面' },
  'ocr-no-tesseract': {
    en: 'text in images and videos is not checked: tesseract is not installed (Debian/Ubuntu: apt-get install {{packages}}); set `ocr: false` in .adlint.yaml to stop reading text in media',
    zh: '未检查图片和视频中的文字：没有安装 tesseract（Debian/Ubuntu：apt-get install {{packages}}）；如不需要读取素材中的文字，可在 .adlint.yaml 中设置 `ocr: false`',
  },
  'ocr-no-language': {
    en: "text in images is read without {{language}}: tesseract's {{language}} language data is not installed (Debian/Ubuntu: apt-get install {{packages}}); set `ocr: false` in .adlint.yaml to stop reading text in media",
    zh: '读取图片文字时缺少 {{language}} 语言包，未安装 tesseract 的该语言数据（Debian/Ubuntu：apt-get install {{packages}}）；如不需要读取素材中的文字，可在 .adlint.yaml 中设置 `ocr: false`',
  },
  'ocr-no-ffmpeg': {
    en: 'text in videos is not checked: ffmpeg is not installed (Debian/Ubuntu: apt-get install {{packages}}); set `ocr: false` in .adlint.yaml to stop reading text in media',
    zh: '未检查视频中的文字：没有安装 ffmpeg（Debian/Ubuntu：apt-get install {{packages}}）；如不需要读取素材中的文字，可在 .adlint.yaml 中设置 `ocr: false`',
  },
} satisfies Wordings;
