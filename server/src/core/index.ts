// The language service's public face: pure functions over text, no LSP and no I/O.
export * from './article';
export * from './finding';
export { analyse, Analysis } from './analyse';
export { parseArticle } from './parse';
export { lint } from './lint';
export { hover, HoverResult } from './hover';
export { outline, OutlineItem, OutlineKind } from './outline';
export { RULES, RULES_BY_ID, Rule } from './rules';
export { STYLES, HouseStyle, getStyle } from './styles';
export { CONFIG_FILE_NAME, ConfigResult, DEFAULT_CONFIG, MAX_CONFIG_BYTES, Settings, WirecheckConfig, resolveConfig, styleFor } from './config';
export { lineStarts, positionAt } from './parse/lines';
export { speakerName } from './speaker';
export { applyEdits, applySafeFixes } from './apply-fixes';
export { looksLikeWireArticle } from './detect';
