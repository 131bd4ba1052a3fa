import { Dateline } from './article';
import { SeveritySetting } from './finding';
import { KnownPerson, Lexicon, LexiconExtensions } from './lexicon/lexicon';
import { DEFAULT_STYLE_ID, FALLBACK_STYLE_ID, HouseStyle, STYLES } from './styles';
import { StylePick, pickStyle } from './styles/pick';

export const CONFIG_FILE_NAME = '.wirecheckrc.json';
export const STYLE_CHOICES = [...Object.keys(STYLES), 'auto'];
const SEVERITIES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];
/** A config file larger than this is not read: it is a mistake or an attack, not a house style. */
export const MAX_CONFIG_BYTES = 256 * 1024;
const MAX_LIST_ENTRIES = 5000;
const MAX_WORD_LENGTH = 200;

/** What the editor settings or the CLI flags say; both sit on top of `.wirecheckrc.json`. */
export interface Settings {
  style?: string;
  rules?: Record<string, unknown>;
}

/** Configuration as rules and the parser use it, after defaults, the config file and settings are merged. */
export interface WirecheckConfig {
  /** A style id or `auto`. */
  style: string;
  severities: Record<string, SeveritySetting>;
  extensions: LexiconExtensions;
}

export interface ConfigResult {
  config: WirecheckConfig;
  /** Problems found in the config file, each a clear sentence; the config falls back to defaults for those parts. */
  problems: string[];
}

export const DEFAULT_CONFIG: WirecheckConfig = { style: DEFAULT_STYLE_ID, severities: {}, extensions: {} };

/**
 * Merges the parsed `.wirecheckrc.json` (any JSON value, validated here) with settings. Never throws:
 * wrong parts are reported and ignored.
 */
export function resolveConfig(fileData: unknown, settings: Settings = {}): ConfigResult {
  const problems: string[] = [];
  const config: WirecheckConfig = { style: DEFAULT_STYLE_ID, severities: {}, extensions: {} };
  if (fileData !== undefined) {
    if (!isRecord(fileData)) {
      problems.push(`${CONFIG_FILE_NAME} must hold a JSON object; it is ignored.`);
    } else {
      applyFile(fileData, config, problems);
    }
  }
  if (settings.style !== undefined) {
    if (STYLE_CHOICES.includes(settings.style)) config.style = settings.style;
    else problems.push(`Unknown style "${String(settings.style)}" in settings; expected one of ${STYLE_CHOICES.join(', ')}.`);
  }
  if (settings.rules !== undefined) readSeverities(settings.rules, config.severities, problems, 'settings');
  return { config, problems };
}

function applyFile(data: Record<string, unknown>, config: WirecheckConfig, problems: string[]): void {
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) problems.push(`Unknown key "${key}" in ${CONFIG_FILE_NAME}; known keys are ${[...KNOWN_KEYS].join(', ')}.`);
  }
  if (data.style !== undefined) {
    if (typeof data.style === 'string' && STYLE_CHOICES.includes(data.style)) config.style = data.style;
    else problems.push(`"style" in ${CONFIG_FILE_NAME} must be one of ${STYLE_CHOICES.join(', ')}.`);
  }
  if (data.rules !== undefined) readSeverities(data.rules, config.severities, problems, CONFIG_FILE_NAME);
  for (const key of ['titles', 'attributionVerbs', 'nonPersonWords', 'places'] as const) {
    if (data[key] === undefined) continue;
    const list = readWordList(data[key]);
    if (list) config.extensions[key] = list;
    else problems.push(`"${key}" in ${CONFIG_FILE_NAME} must be a list of at most ${MAX_LIST_ENTRIES} short strings.`);
  }
  if (data.people !== undefined) {
    const people = readPeople(data.people);
    if (people) config.extensions.people = people;
    else problems.push(`"people" in ${CONFIG_FILE_NAME} must be a list of {"name": "…", "title": "…"} objects.`);
  }
}

const KNOWN_KEYS = new Set(['$schema', 'style', 'rules', 'titles', 'attributionVerbs', 'nonPersonWords', 'places', 'people']);

function readSeverities(value: unknown, into: Record<string, SeveritySetting>, problems: string[], where: string): void {
  if (!isRecord(value)) {
    problems.push(`"rules" in ${where} must be an object of rule id → off | info | warning | error.`);
    return;
  }
  for (const [rule, severity] of Object.entries(value)) {
    if (SEVERITIES.includes(severity as SeveritySetting)) into[rule] = severity as SeveritySetting;
    else problems.push(`Rule "${rule}" in ${where}: severity must be off, info, warning or error.`);
  }
}

function readWordList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LIST_ENTRIES) return undefined;
  if (!value.every((entry) => typeof entry === 'string' && entry.length > 0 && entry.length <= MAX_WORD_LENGTH)) return undefined;
  return value as string[];
}

function readPeople(value: unknown): KnownPerson[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LIST_ENTRIES) return undefined;
  const people: KnownPerson[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.name !== 'string' || !entry.name.trim() || entry.name.length > MAX_WORD_LENGTH) return undefined;
    if (entry.title !== undefined && typeof entry.title !== 'string') return undefined;
    people.push({ name: entry.name.trim(), title: entry.title as string | undefined });
  }
  return people;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The style an article is checked against: the configured one, or for `auto` the one {@link autoStyleFor} picks.
 */
export function styleFor(config: WirecheckConfig, dateline?: Dateline, lastWord?: string, release = false): HouseStyle {
  if (config.style !== 'auto') return STYLES[config.style] ?? STYLES[DEFAULT_STYLE_ID];
  return autoStyleFor(dateline, lastWord, release).style;
}

/**
 * What `auto` picks: the style the dateline's agency names (or, without an agency, the one the sign-off or the
 * dateline's dash points to), else the press-release style for a release, else the neutral `generic` style. The
 * fallback is not the default house style: a story that shows no sign of Xinhua should not be held to Xinhua's
 * dateline and `Enditem`.
 */
export function autoStyleFor(dateline?: Dateline, lastWord?: string, release: boolean | (() => boolean) = false): StylePick {
  const houseStyles = Object.values(STYLES).filter((style) => style.id !== FALLBACK_STYLE_ID);
  const evidence = { agency: dateline?.agency?.text, dated: dateline !== undefined, lastWord, separator: dateline?.separator?.text };
  const picked = pickStyle(houseStyles, evidence);
  if (picked) return picked;
  // `release` may be a function: reading the whole text for release marks is only needed when no agency decides.
  const isRelease = typeof release === 'function' ? release() : release;
  const releaseStyle = isRelease ? houseStyles.find((style) => style.release !== undefined) : undefined;
  if (releaseStyle) return { style: releaseStyle, reason: 'the text reads as a press release (release line, dated dateline, About section, media contact or end mark)' };
  const found = evidence.agency ? `the dateline's agency \`${evidence.agency}\` has no house style here and no` : 'no agency,';
  return { style: STYLES[FALLBACK_STYLE_ID], reason: `${found} house sign-off or press-release mark was found, so only the checks every wire story shares apply` };
}

/** The parser's word lists for a config and style: built-in lists plus the style's and the file's additions. */
export function lexiconFor(config: WirecheckConfig, style: HouseStyle): Lexicon {
  const extensions = config.extensions;
  return new Lexicon({
    ...extensions,
    titles: [...style.titles, ...(extensions.titles ?? [])],
    attributionVerbs: [...style.attributionVerbs, ...(extensions.attributionVerbs ?? [])],
  });
}
