// Preloaded (`node -r`) into the CLI built by tsc (out/) and, through execArgv, into its workers: the core's
// analyse() finds nothing, so a run measures the CLI's own pipeline (listing, reading, config, threads, output).
'use strict';
const path = require('path');
const corePath = path.join(__dirname, '..', '..', 'out', 'server', 'src', 'core', 'index.js');
const core = require(corePath);
const noAnalysis = (text) => ({ article: { text, paragraphs: [] }, style: {}, findings: [] });
require.cache[corePath].exports = { ...core, analyse: noAnalysis };
