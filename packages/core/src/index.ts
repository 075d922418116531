export { Linter, DEFAULT_MAX_FILE_SIZE, type FileSettings, type LinterOptions } from './linter.js';
export type { LandingLink } from './landing/links.js';
export { ConfigError, ConfigProblems, configResults, summarize, MESSAGE_CATEGORIES } from './model/message.js';
export type { Edit, FileResult, LintMessage, MessageCategory, RejectionReason, SuppressedMessage, Suppression, RuleSeverity, Severity, Suggestion } from './model/message.js';
export type { Creative, CreativeData, MediaRef, Targeting } from './model/creative.js';
export {
  COMMON_RULE_KEYS, type Pack, type RuleDefinition, type ReasonDefinition, type Confidence, type Applies,
  type CompiledRule, type RuleSetting,
} from './model/pack.js';
export { PackRegistry, bundledRulesDir } from './packs/registry.js';
export { checkTypes } from './checks/index.js';
export type { CheckType, Report, FieldValue } from './model/check.js';
export { isCreativeFile, isLandingPageFile, readerFor, CREATIVE_GLOBS } from './readers/index.js';
export { deepMerge } from './readers/manifest.js';
export { validator, describeSchemaErrors, describeAllSchemaErrors, schemaPath } from './schema/validate.js';
export { locate } from './schema/yaml-locate.js';
export { LineIndex } from './text/line-index.js';
export { didYouMean, didYouMeanHint } from './text/did-you-mean.js';
export { measure, type LengthUnit } from './text/units.js';
export { testPacks, exampleCreative, type PackTestResult, type ExampleOutcome, type PackRules } from './packs/test-examples.js';
export { applyFixes } from './engine/apply-fixes.js';
export { fixText, MAX_FIX_PASSES, type FixOptions, type FixOutcome } from './fix/fix-loop.js';
export { fixFile, type FixedFileResult, type FileLinter } from './fix/fix-file.js';
export type { TextLinter } from './model/text-linter.js';
export { MEDIA_EXTENSIONS } from './media/file.js';
export { thumbnail, type Thumbnail } from './media/thumbnail.js';
export { fileOverview, type CreativeOverview, type CopyOverview, type CopyMark, type DisplayLimit, type MediaOverview, type CreativeSource, type LintedCreative } from './report/overview.js';
export type { MediaAssignment } from './readers/bare-media.js';
export type { SheetSettings, ColumnSpec } from './readers/sheet/mapping.js';
export { matchRejection, rejectionTokens, type RejectionMatch } from './review/rejection.js';
export { loadYamlData, loadYamlFile, readConfigFile, type YamlFile } from './schema/yaml-file.js';
export { loadLandingFetcher, DEFAULT_FETCH_LANDING } from './landing/load-fetcher.js';
export type { FetchLandingOptions } from './landing/fetch.js';
export type { LandingFetcher, LiveLanding } from './model/live-landing.js';
