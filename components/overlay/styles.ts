import type { Category } from '../../utils/notes/constants';
import { FONT_FAMILIES } from '../../utils/overlay/host';

/** One colour per note category, readable on the dark subtitle box and on the light card. */
export const CATEGORY_COLORS: Record<Category, string> = {
  idiom: '#ffb020',
  proverb: '#ff8a3d',
  address: '#4fc3f7',
  honorific: '#29b6f6',
  food: '#9ccc65',
  holiday: '#ef5350',
  social: '#ba68c8',
  life: '#4db6ac',
  slang: '#f06292',
  'pop-culture': '#ffd54f',
  trope: '#a1887f',
  place: '#7986cb',
};

const categoryRules = Object.entries(CATEGORY_COLORS)
  .map(([category, color]) => `[data-category='${category}'] { --cat: ${color}; }`)
  .join('\n');

/**
 * The overlay's style sheet, inside its shadow root. Fonts are the families the host declares
 * on the page (see utils/overlay/host.ts), picked by the line's language.
 */
export const OVERLAY_CSS = `
.nunchi-root, .layer { position: absolute; inset: 0; display: block; pointer-events: none; }
.layer { font-family: system-ui, sans-serif; color: #fff; line-height: 1.35; --native: system-ui, sans-serif; }
.layer[lang='ko'] { font-family: ${FONT_FAMILIES.ko}; --native: ${FONT_FAMILIES.ko}; }
.layer[lang='zh'] { font-family: ${FONT_FAMILIES.zh}; --native: ${FONT_FAMILIES.zh}; }
.layer[lang='ja'] { font-family: ${FONT_FAMILIES.ja}; --native: ${FONT_FAMILIES.ja}; }
${categoryRules}

.lines {
  /* High enough to clear a player's control bar (Chromium's own is about 64 px tall). */
  position: absolute; left: 4%; right: 4%; bottom: max(10%, 64px);
  display: flex; flex-direction: column; align-items: center; gap: 0.15em;
}
/* The top of the picture: a notice, then the signs and on-screen text the subtitles put in
   the upper half, stacked so neither covers the other. */
.top-column {
  position: absolute; top: max(4%, 10px); left: 4%; right: 4%; pointer-events: none;
  display: flex; flex-direction: column; align-items: center; gap: 6px;
}
.top-column .lines { position: static; width: 100%; }
.notice-slot { width: 100%; display: flex; justify-content: center; }
.notice-slot:empty { display: none; }
.cue {
  pointer-events: auto; max-width: 100%; white-space: pre-line; text-align: center;
  background: rgba(8, 8, 12, 0.78); border-radius: 0.25em; padding: 0.08em 0.45em;
  text-shadow: 0 1px 2px #000; overflow-wrap: anywhere;
}
.cue[data-align='start'] { align-self: flex-start; text-align: start; }
.cue[data-align='end'] { align-self: flex-end; text-align: end; }
.cue.italic, .s-i { font-style: italic; }
.s-b { font-weight: 700; }
.s-u { text-decoration: underline; text-underline-offset: 0.15em; }
/* Speaker labels and readings come from data attributes, so they are not part of the line's text. */
.speaker::before {
  content: attr(data-speaker); display: inline-block; vertical-align: 0.15em;
  font-size: 0.58em; font-style: normal; font-weight: 600; line-height: 1.5;
  padding: 0 0.5em; margin-right: 0.45em; border-radius: 0.4em;
  background: rgba(255, 255, 255, 0.16); color: #ffe3a3;
}
/* Room above the line for its readings, inside the line's box. */
.cue.ruby { padding-top: 0.4em; line-height: 1.5; }
.cue ruby { ruby-position: over; ruby-align: center; }
.cue rt { font-size: 0.5em; color: #ffe3a3; font-style: normal; }
.cue rt::before { content: attr(data-rt); }
.word { cursor: help; border-radius: 0.15em; }
.word:hover, .word.active { background: rgba(255, 255, 255, 0.22); }
/* Chinese and Japanese words are runs of one-character targets: light them as one stretch. */
.layer:is([lang='zh'], [lang='ja']) .word { border-radius: 0; }
.mark {
  cursor: help; color: #fff; border-radius: 0.15em;
  background: color-mix(in srgb, var(--cat) 24%, transparent);
  box-shadow: inset 0 -0.14em 0 var(--cat);
}
.mark:hover, .mark.active { background: color-mix(in srgb, var(--cat) 45%, transparent); }

.file {
  position: absolute; top: 10px; right: 10px; pointer-events: auto; display: flex; gap: 6px;
  opacity: 0; transition: opacity 0.2s;
}
.file.shown, .file:focus-within, .file:hover { opacity: 1; }
.file button[hidden] { display: none; }
.file button, .card button, .panel button {
  font: 600 13px/1.2 system-ui, sans-serif; cursor: pointer; border-radius: 6px;
  padding: 6px 10px; border: 1px solid rgba(255, 255, 255, 0.4);
}
.file button { background: rgba(8, 8, 12, 0.8); color: #fff; }
.file input { display: none; }

.panel {
  position: absolute; pointer-events: auto; box-sizing: border-box; overflow-y: auto;
  background: rgba(16, 15, 22, 0.94); color: #f2eee6; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5); font: 13px/1.4 system-ui, sans-serif;
  padding: 10px 12px;
}
.panel header { display: flex; align-items: baseline; gap: 8px; margin-bottom: 6px; }
.panel header strong { font-size: 14px; }
.panel header .sub { color: #aaa3b4; flex: 1; }
.panel button.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; margin-left: auto; }
.panel kbd {
  font: 11px ui-monospace, monospace; border: 1px solid #6a6474; border-bottom-width: 2px;
  border-radius: 4px; padding: 0 5px; background: rgba(255, 255, 255, 0.08); white-space: nowrap;
}
.guide { top: 50px; right: 10px; width: min(340px, 46%); max-height: calc(100% - 140px); }
.guide button.scope { background: transparent; color: #ffe3a3; border-color: rgba(255, 227, 163, 0.5); padding: 3px 8px; margin-bottom: 6px; }
.guide ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
.guide .guide-item {
  all: unset; box-sizing: border-box; width: 100%; cursor: pointer; display: flex; gap: 8px;
  align-items: baseline; padding: 4px 6px; border-radius: 6px; border-left: 3px solid var(--cat, #888);
}
.guide .guide-item:hover, .guide .guide-item:focus-visible { background: rgba(255, 255, 255, 0.1); }
.guide .guide-item:disabled { cursor: default; }
.guide .time { font-variant-numeric: tabular-nums; color: #aaa3b4; min-width: 3.2em; font-size: 12px; }
.guide .headword { font-family: var(--native); font-size: 15px; font-weight: 600; }
.guide .surface { font-family: var(--native); color: #c9c2d4; font-size: 12px; }
.guide .count { margin-left: auto; color: #aaa3b4; font-size: 11px; }
.guide .empty { color: #aaa3b4; margin: 6px 0 0; }
.help { top: 50%; left: 50%; transform: translate(-50%, -50%); width: min(420px, 90%); max-height: 90%; }
.help dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 12px; margin: 0; align-items: baseline; }
.help dt { text-align: right; }
.help dd { margin: 0; }

.notice {
  pointer-events: auto; max-width: 80%; box-sizing: border-box; font: 14px/1.4 system-ui, sans-serif; padding: 8px 12px; border-radius: 8px;
  background: rgba(16, 90, 50, 0.95); color: #fff; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.4);
  display: flex; gap: 10px; align-items: start;
}
.notice[data-kind='error'] { background: rgba(150, 24, 24, 0.96); }
.notice button {
  all: unset; cursor: pointer; font-weight: 700; padding: 0 4px;
}

.card {
  position: fixed; pointer-events: auto; box-sizing: border-box;
  width: min(540px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow-y: auto;
  background: #fffdf8; color: #1d1b22; border-radius: 12px; padding: 12px 16px;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.45); border-top: 5px solid var(--cat, #888);
  font: 13px/1.4 system-ui, sans-serif; text-align: left;
}
.card[lang='ko'] .native { font-family: ${FONT_FAMILIES.ko}; }
.card[lang='zh'] .native { font-family: ${FONT_FAMILIES.zh}; }
.card[lang='ja'] .native { font-family: ${FONT_FAMILIES.ja}; }
.card .chips { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 6px; }
.card .chip {
  font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em;
  padding: 2px 7px; border-radius: 99px; background: #eee8dc; color: #4a4450;
}
.card .chip.category { background: color-mix(in srgb, var(--cat) 30%, #fff); }
.card .chip.pitfall { background: #ffe0e0; color: #8a1010; }
.card .headword { font-size: 22px; font-weight: 700; margin: 0; }
.card .reading { color: #6a6270; margin: 0 0 4px; font-size: 13px; }
.card .derivation { color: #4a4450; margin: 0 0 6px; }
.card dl { margin: 4px 0 0; display: grid; grid-template-columns: 7.5em 1fr; gap: 5px 10px; }
.card dt { font-size: 10.5px; font-weight: 700; text-transform: uppercase; color: #8a8090; padding-top: 2px; }
.card dd { margin: 0; }
.card .example { border-left: 3px solid var(--cat, #ccc); padding-left: 8px; }
.card .translation { color: #5a5260; font-style: italic; }
.card ol { margin: 4px 0 0; padding-left: 20px; }
.card .pos { color: #8a8090; font-size: 12px; }
.card .message { color: #4a4450; margin: 6px 0; }
.card .progress { height: 6px; border-radius: 3px; background: #eee; overflow: hidden; }
.card .progress span { display: block; height: 100%; background: #3a7bd5; }
.card .actions { display: flex; align-items: center; gap: 10px; margin-top: 10px; }
.card button.save { background: #1d1b22; color: #fff; border-color: #1d1b22; }
.card button.save-joined { background: #fff; color: #1d1b22; border-color: #b9b2c2; }
.card button:disabled { opacity: 0.6; cursor: default; }
.card .saved { color: #16703a; font-weight: 600; }
.card kbd {
  font: 11px ui-monospace, monospace; border: 1px solid #ccc; border-bottom-width: 2px;
  border-radius: 4px; padding: 0 4px; margin-left: 6px; background: rgba(255, 255, 255, 0.2);
}
`;
