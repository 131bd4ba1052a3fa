// English reporting verbs: the verbs that attribute speech, writing or a held view to a source. Verbs of judgement
// that report no words (`criticized`, `called X a liar`, `blamed`, `praised`) are not here: eval/README.md states
// the same rule for the annotations.
//
// Each row gives a verb's forms in the order base, third person `-s`, past (also the past participle: `has said`,
// `had warned`), `-ing` (`is urging`). A form written `-` does not count, because it is mostly something else
// in news copy (`the state`, `a promising start`); a form ending in `*` is also a common plural noun (`reports`,
// `states`) and counts only before a clause, a quotation or a subject (`the report states that …`, not `news
// reports said`, `states like Georgia`). The words of a multi-word verb are joined by `_` (`pointed_out`).

/** Verbs of speaking that may also stand before their speaker: `…, said Xi`, `"…," added the minister`. */
const SPOKEN = [
  // `explain` alone is mostly a cause's (`this may partly explain why …`, `helps explain`), not a speaker's.
  'say says said saying', '- adds added -', '- writes wrote -', '- explains explained explaining',
  '- notes* noted noting', '- recalls recalled recalling', '- replies replied replying', '- responds responded responding',
  '- answers* answered answering', '- counters* countered countering', '- retorts retorted retorting',
  'insist insists insisted insisting', 'argue argues argued arguing', 'warn warns warned warning',
  '- observes observed observing', '- remarks* remarked -', '- comments* commented commenting',
  '- declares declared declaring', '- exclaims exclaimed -', '- states* stated stating', '- stresses stressed stressing',
  'emphasize emphasizes emphasized emphasizing', 'emphasise emphasises emphasised emphasising',
  '- quips quipped -', '- jokes* joked joking', '- boasts boasted boasting', 'concede concedes conceded conceding',
  '- admits admitted admitting', 'confess confesses confessed confessing', 'acknowledge acknowledges acknowledged acknowledging',
  'complain complains complained complaining', '- wonders* wondered wondering', 'point_out points_out pointed_out pointing_out',
  '- recounts recounted recounting', '- - underlined -', '- cautions cautioned cautioning',
  'reiterate reiterates reiterated reiterating',
];

/**
 * Verbs whose object is what was reported, or the listener: they never stand before their speaker (`announced the
 * appointment of …` names no speaker; `told reporters` names the listener).
 */
const REPORTING = [
  'tell tells told telling', 'tell_reporters tells_reporters told_reporters telling_reporters', '- - informed -',
  '- assures assured assuring', 'urge urges urged urging',
  '- announces announced announcing', 'confirm confirms confirmed confirming', '- reveals revealed -',
  'disclose discloses disclosed disclosing', '- reports* reported reporting', 'claim claims* claimed claiming',
  'allege alleges alleged alleging', 'deny denies denied denying', 'maintain maintains maintained maintaining',
  'contend contends contended contending', 'assert asserts asserted asserting', '- affirms affirmed affirming',
  '- reaffirms reaffirmed reaffirming', '- proclaims proclaimed proclaiming', 'predict predicts predicted predicting',
  'estimate estimates* estimated estimating', 'cite cites cited citing', 'recommend recommends recommended recommending',
  'suggest suggests suggested suggesting', 'propose proposes proposed proposing', '- demands* demanded -',
  '- requests* requested requesting', '- vows* vowed vowing', '- pledges* pledged pledging', '- promises* promised -',
  '- threatens threatened -', '- testifies testified testifying', '- hints* hinted hinting', '- indicates indicated -',
  '- charges* charged -', '- objects* objected objecting', '- expresses expressed -', '- hopes* hoped -',
  '- believes - -', '- - underscored -', '- - highlighted -',
  '- - agreed -', '- quotes* quoted -', '- concludes concluded -',
  // A view stated against another's (`Alsup disagreed.`, `economists disagree on the timing`).
  'disagree disagrees disagreed disagreeing',
  // `He went on to say that …`: the rest of a statement already begun.
  'go_on_to_say goes_on_to_say went_on_to_say going_on_to_say',

  // `The budget projects that the deficit …`, not `projects that will affect …` (a clause must follow `that`).
  '- projects_that* - -',
];

// What a verb of repeating (`repeated`, `echoed`) reports speech with: a clause, an owner or article before what was
// said, or a noun for words said.
const REPEATED_WORDS = ['that', 'what', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'those', 'earlier',
  'sentiments', 'remarks', 'comments', 'assertions', 'views', 'concerns', 'criticism', 'accusations'];

/** Verbs that report speech only with the word that follows them (an adverb may stand between). */
// `ask` also reports a question where its quotation stands next to it (`"…?" he asked.`), and may come before its
// speaker (`"…," asked Lee.`).
// `ask` may take its listener before the particle (`asked Roesler why …`, `asked him whether …`).
// `closing`: also where it closes a quotation (`"…," he continued.`, `"…," continued Blom`), which it may stand before.
const WITH_PARTICLE: Record<string, { forms: string; particles: string[]; alone?: boolean; listenerFirst?: boolean; closing?: boolean }> = {
  call: { forms: 'call calls called calling', particles: ['for'] },
  ask: { forms: 'ask asks asked asking', particles: ['for', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'that'], alone: true, listenerFirst: true },
  question: { forms: '- questions questioned questioning', particles: ['whether', 'if', 'why', 'how', 'what', 'when'] },
  appeal: { forms: '- appeals appealed appealing', particles: ['for'] },
  // `repeated his call`, `echoed sentiments`, not `despite repeated attempts` or `echoed by`.
  repeat: { forms: '- repeats repeated -', particles: REPEATED_WORDS },
  echo: { forms: '- echoes echoed -', particles: REPEATED_WORDS },
  // A view with its clause: `the judge held that …`, `most voters agree that …` (not `held talks`, `agree to pay`);
  // `conventional wisdom holds that`, `the theory holds that` state a doctrine, not a source's words.
  hold: { forms: '- - held -', particles: ['that'] },
  agree: { forms: 'agree agrees - -', particles: ['that'] },
  // `mentioned that …`, `continued that …` report words; `mentioned the talks`, `prices continued to fall` do not.
  mention: { forms: 'mention mentions* mentioned mentioning', particles: ['that'] },
  continue: { forms: '- continues continued -', particles: ['that'], closing: true },
  // A court's or a judge's finding with its clause (`the court ruled that …`, like a judge's `held that`), not
  // `ruled out`, `ruled the country` or `a ruling that`.
  rule: { forms: '- - ruled -', particles: ['that'] },
  // `disputed the claim`, `dispute that …`, `figures disputed by the association`; not `a trade dispute`, `in disputed
  // waters`, `a custody dispute that has lasted`.
  dispute: { forms: 'dispute* disputes* disputed disputing', particles: ['that', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'such', 'any', 'by', 'it', 'them', 'claims', 'reports', 'allegations', 'assertions', 'charges'] },
};

/** `described the talks as fruitful`, `characterized it as …`: a view reported only with `as` later in the clause. */
const WITH_AS = ['- describes described describing', '- paraphrases paraphrased -', '- characterizes characterized characterizing', '- characterises characterised characterising'];

// `The statement reads: "…"`, `a sign that read "…"`: a text's words quoted after it (a colon or an opening quotation
// next, maybe after `, in part,`); not `reads the news`, `read the report`.
const READING = ['- reads read -'];

// Verbs that report words only where they close a quotation (`"…," he continued.`, `"…," Casey shared.`, `"…,"
// agreed Joseph Lee, …`, `"…," the statement reads.`): not `prices continued to fall`, `shared the prize`.
// (`continued` and `reads` also count so, besides their own uses: see WITH_PARTICLE and READING.)
const CLOSING_QUOTATION = ['- shares shared -', '- - concurred -', '- - snapped -'];

/** Phrases that attribute as a whole: the speaker follows `according to`; `quoted X as saying`. */
const PHRASES = ['according to', 'as saying'];

// `Acme is pleased to announce …`, `the retailer is expected to announce …`: an announcement made or due, with
// its subject before it (the verb alone after `to` is a plan, `plans to announce`, and does not count).
const ANNOUNCING = ['pleased', 'delighted', 'proud', 'excited', 'thrilled', 'happy', 'expected']
  .map((feeling) => `${feeling} to announce`);

export type VerbForm = 'base' | 'present' | 'past' | 'progressive' | 'phrase';

export interface ReportingVerb {
  /** The words as listed, lower case, one space between them. */
  words: string[];
  form: VerbForm;
  /** May stand before its speaker (`…, said Xi`). */
  inverts: boolean;
  /** Also a plural noun: a verb only before a clause, a quotation or a subject. */
  nounProne: boolean;
  /** Counts only with one of these words after it… */
  particles?: ReadonlySet<string>;
  /** …or, for a question, at the end of its clause or right after a quotation. */
  alone?: boolean;
  /** A listener (a name or an object pronoun) may stand between the verb and its particle. */
  listenerFirst?: boolean;
  /** Counts only with `as` later in its clause. */
  needsAs: boolean;
  /** Counts only before a colon or an opening quotation mark (`reads: "…"`). */
  quotationNext?: boolean;
  /** Counts (also) right after a quotation it closes, with a short subject between or its speaker after it. */
  closesQuotation?: boolean;
}

const FORMS: VerbForm[] = ['base', 'present', 'past', 'progressive'];

type VerbOptions = Partial<Pick<ReportingVerb, 'particles' | 'alone' | 'listenerFirst' | 'needsAs' | 'quotationNext' | 'closesQuotation'>>;

/**
 * Every verb in one shape, each field present: the statement readers ask the verbs of every sentence for these
 * fields, and verbs built with only the fields they set came in six shapes, so those reads deoptimised and
 * recompiled the readers as each new shape turned up (`readStatements` three times over half the corpus).
 */
export function reportingVerb(words: string[], form: VerbForm, inverts: boolean, nounProne: boolean, options: VerbOptions = {}): ReportingVerb {
  return {
    words,
    form,
    inverts,
    nounProne,
    particles: options.particles,
    alone: options.alone,
    listenerFirst: options.listenerFirst,
    needsAs: options.needsAs ?? false,
    quotationNext: options.quotationNext,
    closesQuotation: options.closesQuotation,
  };
}

function rows(list: string[], inverts: boolean, options: VerbOptions = {}): ReportingVerb[] {
  const verbs: ReportingVerb[] = [];
  for (const row of list) {
    row.split(/\s+/).forEach((form, index) => {
      if (form === '-' || index >= FORMS.length) return;
      verbs.push(reportingVerb(form.replace(/\*$/, '').split('_'), FORMS[index], inverts, form.endsWith('*'), options));
    });
  }
  return verbs;
}

/** Every built-in reporting verb form. */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  ...rows(SPOKEN, true),
  ...rows(REPORTING, false),
  ...Object.values(WITH_PARTICLE).flatMap(({ forms, particles, alone, listenerFirst, closing }) => rows([forms], alone === true || closing === true, { particles: new Set(particles), alone, listenerFirst, closesQuotation: closing })),
  ...rows(WITH_AS, false, { needsAs: true }),
  ...rows(READING, false, { quotationNext: true, closesQuotation: true }),
  ...rows(CLOSING_QUOTATION, true, { closesQuotation: true }),
  ...PHRASES.map((phrase) => reportingVerb(phrase.split(' '), 'phrase', true, false)),
  ...ANNOUNCING.map((phrase) => reportingVerb(phrase.split(' '), 'phrase', false, false)),
];

/**
 * The forms that attribute wherever they stand (no particle, no `as`, not a progressive that needs `is`), for
 * checks that only ask whether a sentence has an attribution verb at all.
 */
export function plainReportingForms(): string[] {
  return REPORTING_VERBS.filter((verb) => !verb.particles && !verb.needsAs && verb.form !== 'progressive').map((verb) => verb.words.join(' '));
}

/** The `-ing` forms that report speech in a participle clause (`…, saying`, `…, contending it is a ban`). */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(REPORTING_VERBS
  .filter((verb) => verb.form === 'progressive' && verb.words.length === 1 && !verb.particles && !verb.needsAs && !verb.quotationNext && !verb.closesQuotation)
  .map((verb) => verb.words[0]));

