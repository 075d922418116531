import { capitalizationCheck } from './capitalization.js';
import { conditionalCheck } from './conditional.js';
import { consistencyCheck } from './consistency.js';
import { countCheck } from './count.js';
import { imageCheck } from './image.js';
import { landingCheck } from './landing.js';
import { lengthCheck } from './length.js';
import { patternCheck } from './pattern.js';
import { productCheck } from './product.js';
import { punctuationCheck } from './punctuation.js';
import { repetitionCheck } from './repetition.js';
import { requiredCheck } from './required.js';
import { substitutionCheck } from './substitution.js';
import { symbolsCheck } from './symbols.js';
import { targetingCheck } from './targeting.js';
import { termsCheck } from './terms.js';
import type { CheckType } from '../model/check.js';
import { urlCheck } from './url.js';
import { videoCheck } from './video.js';
import { whitespaceCheck } from './whitespace.js';

/**
 * The check registry, sorted by id. A pack's `check:` names one of these. Ids are ASCII, so code
 * unit order is the same as localeCompare's, without loading ICU's collator (~8 ms) at start-up.
 */
export const checkTypes: ReadonlyMap<string, CheckType<never>> = new Map(
  ([countCheck, lengthCheck, requiredCheck, imageCheck, videoCheck, targetingCheck, urlCheck, termsCheck, patternCheck, conditionalCheck,
    capitalizationCheck, punctuationCheck, symbolsCheck, repetitionCheck, whitespaceCheck, landingCheck, consistencyCheck, productCheck, substitutionCheck] as CheckType<never>[])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => [c.id, c]),
);
