/**
 * English words for picking the likely replies to practise: the words in a plan that point to
 * a role-play card's topic, and the small words that say little about a line. Data only;
 * shared/domain/toolkit/likely-replies.ts applies them.
 */
import type { ReplyWords } from '../../domain/toolkit/reply-words.ts';

/** English words for `likelyReplies`. Topic words are stems, so "drinking", "treatments" and "therapist" count. */
export const REPLY_WORDS_EN: ReplyWords = {
  topics: {
    treatment:
      /\b(?:treat\w*|doctors?|gp|therap\w*|counsel\w*|appointments?|clinics?|medic\w*|meds|psychiatr\w*|detox|programmes?|programs?|support groups?|groups?|meetings?|get help|getting help|some help|seeing someone|see someone|professional)\b/,
    money: /\b(?:money|rent|lend\w*|loans?|pay\w*|cash|bills?|debts?|borrow\w*|spend\w*|wages?|afford\w*)\b/,
    'substance-use': /\b(?:drink\w*|drunk|alcohol|drugs?|using|cannabis|weed|pills|sober\w*|beer|wine|opioids?|relapse\w*|hungover|hangover)\b/,
    boundaries: /\b(?:boundar\w*|house rules?|rules?|limits?|move out|moving out|stay(?:ing)? here|live with us|living with us|keys|no more)\b/,
    crisis: /\b(?:suicid\w*|crisis|danger\w*|unsafe|emergency|hurt\w*|harm\w*|overdos\w*|hopeless\w*|end it)\b/,
    everyday: /\b(?:sleep\w*|chores?|dinner|meals?|jobs?|work\w*|school|tidy|room|phone|mornings?|night)\b/,
  },
  common: new Set(
    'the and you your yours i im me my mine it its is are was were be been that this just some any all about with for not but can cant will wont would to of a an on in at so do did does have has had what why how who when if or too very really now then there they them their we us our get got'.split(' '),
  ),
  between: /[^a-z]+/,
};
