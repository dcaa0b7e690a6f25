/**
 * Builds the demo page's clip and its Korean subtitle track from the dialogue below:
 *   npx tsx scripts/make-demo-media.ts
 * writes public/demo/demo.webm (VP9 + Opus) and public/demo/demo.ko.vtt. Needs ffmpeg,
 * espeak-ng (Korean voice) and the Noto CJK fonts (Debian: ffmpeg espeak-ng fonts-noto-cjk).
 * The outputs are committed; run this again only after changing the dialogue.
 *
 * The scene and every line are written for Nunchi. Lines are chosen so that most of them carry
 * expressions from the Korean note pack, which is the point of the demo.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Line {
  speaker: keyof typeof CAST;
  text: string;
}

/** Who speaks: the name drawn on the video, with a gloss for viewers who do not read Korean. */
const CAST = {
  mom: { name: '엄마', role: 'Mom', color: '0xffb020' },
  jieun: { name: '지은', role: 'Ji-eun, the daughter', color: '0x4fc3f7' },
  minsu: { name: '민수', role: 'Min-su, her older brother', color: '0x9ccc65' },
  junho: { name: '준호', role: 'Jun-ho, her boyfriend', color: '0xf06292' },
} as const;

/** The eve of Chuseok: Ji-eun brings her boyfriend home for the first time. */
const DIALOGUE: Line[] = [
  { speaker: 'mom', text: '지은아, 밥은 먹었어? 얼굴이 많이 상했네.' },
  { speaker: 'jieun', text: '엄마, 요즘 야근 때문에 정신이 없어.' },
  { speaker: 'mom', text: '아무리 바빠도 추석에는 와야지.' },
  { speaker: 'jieun', text: '귀성길이 막혀서 여덟 시간 걸렸어.' },
  { speaker: 'minsu', text: '우리 막내 왔네! 근데 이 총각은 누구야?' },
  { speaker: 'jieun', text: '오빠, 인사해. 내 남자친구 준호야.' },
  { speaker: 'junho', text: '처음 뵙겠습니다. 잘 부탁드립니다.' },
  { speaker: 'mom', text: '어머, 지은이가 눈이 높아서 혼자인 줄 알았는데.' },
  { speaker: 'minsu', text: '엄마, 김칫국부터 마시지 마세요.' },
  { speaker: 'junho', text: '어머님, 따님 꼭 행복하게 해 드리겠습니다.' },
  { speaker: 'minsu', text: '와, 너 간도 크다.' },
  { speaker: 'mom', text: '금강산도 식후경이라고, 송편부터 먹자.' },
  { speaker: 'jieun', text: '엄마가 손이 커서 송편을 백 개나 빚었대.' },
  { speaker: 'junho', text: '이 정도는 누워서 떡 먹기죠.' },
  { speaker: 'minsu', text: '빈 수레가 요란하다고, 모양이 그게 뭐야?' },
  { speaker: 'jieun', text: '오빠, 초 치지 마.' },
  { speaker: 'mom', text: '첫술에 배부르랴. 천천히 해.' },
  { speaker: 'minsu', text: '준호 씨는 주량이 어떻게 돼요?' },
  { speaker: 'junho', text: '소주 한 병이요. 형님, 한잔 받으세요.' },
  { speaker: 'minsu', text: '형님이라니, 비행기 태우지 마.' },
  { speaker: 'mom', text: '내일 차례 지내고 성묘 가야 하니까 조금만 마셔.' },
  { speaker: 'jieun', text: '알았어. 귀에 못이 박히겠어.' },
  { speaker: 'mom', text: '사위가 될지도 모르는데, 벌써 정이 들었네.' },
  { speaker: 'minsu', text: '팔은 안으로 굽는다고, 벌써 준호 편이야?' },
  { speaker: 'jieun', text: '오빠, 부러워서 배 아프지? 소개팅이나 해.' },
  { speaker: 'minsu', text: '내 코가 석 자라서 시간도 없어.' },
  { speaker: 'mom', text: '자, 가족 건강을 위해 건배!' },
  { speaker: 'junho', text: '이 갈비찜, 둘이 먹다 하나가 죽어도 모르겠어요.' },
  { speaker: 'mom', text: '입에 침이 마르도록 칭찬하네.' },
  { speaker: 'minsu', text: '저도 아들인데, 완전 찬밥 신세네.' },
  { speaker: 'jieun', text: '오빠, 그게 다 인과응보야.' },
  { speaker: 'mom', text: '가는 말이 고와야 오는 말이 곱지.' },
];

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT_DIR = path.join(ROOT, 'public/demo');
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const WIDTH = 640;
const HEIGHT = 360;
const FPS = 8;
/** espeak-ng words per minute: brisk, so ~30 lines fit in about a minute and a half. */
const SPEED = 230;
const LEAD_IN_S = 1.0;
const GAP_S = 0.25;
const MIN_CUE_S = 1.6;

interface Pcm {
  rate: number;
  samples: Int16Array;
}

/** Reads a 16-bit mono PCM WAV (what espeak-ng writes) by walking its RIFF chunks. */
function readWav(file: string): Pcm {
  const data = readFileSync(file);
  let rate = 0;
  for (let pos = 12; pos + 8 <= data.length;) {
    const id = data.toString('ascii', pos, pos + 4);
    // espeak-ng streams to a file and leaves the data size as 0x7fffffff: clamp to the file.
    const size = Math.min(data.readUInt32LE(pos + 4), data.length - pos - 8);
    if (id === 'fmt ') rate = data.readUInt32LE(pos + 12);
    if (id === 'data') {
      const bytes = data.subarray(pos + 8, pos + 8 + size - (size % 2));
      const samples = new Int16Array(bytes.length / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2);
      return { rate, samples };
    }
    pos += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no PCM data`);
}

/** espeak-ng pads each utterance with silence; the gaps between lines are set here instead. */
function trimSilence({ rate, samples }: Pcm): Pcm {
  const loud = (s: number) => Math.abs(s) > 300;
  const first = samples.findIndex(loud);
  const last = samples.findLastIndex(loud);
  if (first === -1) return { rate, samples };
  return { rate, samples: samples.slice(first, last + 1) };
}

function writeWav(file: string, { rate, samples }: Pcm): void {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length * 2, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length * 2, 40);
  writeFileSync(file, Buffer.concat([header, Buffer.from(samples.buffer)]));
}

function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** drawtext wants ' : \ % escaped inside its option values. */
function drawtextEscape(text: string): string {
  return text.replace(/[\\':%]/g, (c) => `\\${c}`);
}

function main(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'nunchi-demo-'));
  try {
    const voiced = DIALOGUE.map((line, i) => {
      const wav = path.join(work, `line-${i}.wav`);
      execFileSync('espeak-ng', ['-v', 'ko', '-s', String(SPEED), '-w', wav, line.text]);
      return { ...line, pcm: trimSilence(readWav(wav)) };
    });
    const rate = voiced[0]!.pcm.rate;
    let t = LEAD_IN_S;
    const cues = voiced.map((line) => {
      const spoken = line.pcm.samples.length / rate;
      const cue = { ...line, start: t, end: t + Math.max(spoken + 0.2, MIN_CUE_S) };
      t = cue.end + GAP_S;
      return cue;
    });
    const total = t + 0.7;

    const mix = new Int16Array(Math.ceil(total * rate));
    for (const cue of cues) mix.set(cue.pcm.samples, Math.round(cue.start * rate));
    const audio = path.join(work, 'dialogue.wav');
    writeWav(audio, { rate, samples: mix });

    const vtt = ['WEBVTT', '', 'NOTE Written for the Nunchi demo: the eve of Chuseok.', ''];
    cues.forEach((cue, i) => {
      vtt.push(String(i + 1), `${vttTime(cue.start)} --> ${vttTime(cue.end)}`, cue.text, '');
    });
    writeFileSync(path.join(OUT_DIR, 'demo.ko.vtt'), vtt.join('\n'));

    // The picture: the scene title and who is speaking. The subtitles are not burned in:
    // Nunchi's overlay draws them from the track.
    const text = (value: string, size: number, y: string, color: string, extra = '') =>
      `drawtext=fontfile=${FONT}:text='${drawtextEscape(value)}':fontsize=${size}:fontcolor=${color}:x=(w-text_w)/2:y=${y}${extra}`;
    const filters = [
      `drawbox=x=0:y=ih*0.62:w=iw:h=ih*0.38:color=0x3a2a1e@1:t=fill`,
      `drawbox=x=iw*0.08:y=ih*0.58:w=iw*0.84:h=ih*0.06:color=0x6b4a2e@1:t=fill`,
      `drawtext=fontfile=${FONT}:text='${drawtextEscape('추석 전날 · Chuseok Eve')}':fontsize=18:fontcolor=0xe8dcc8:x=16:y=14`,
      ...cues.flatMap((cue) => {
        const who = CAST[cue.speaker];
        const when = `:enable='between(t,${cue.start.toFixed(2)},${cue.end.toFixed(2)})'`;
        return [
          text(who.name, 64, 'h*0.22', who.color, when),
          text(who.role, 20, 'h*0.22+82', '0xe8dcc8', when),
        ];
      }),
    ];
    const filterFile = path.join(work, 'filters.txt');
    writeFileSync(filterFile, filters.join(',\n'));
    const out = path.join(OUT_DIR, 'demo.webm');
    execFileSync(
      'ffmpeg',
      [
        ...['-hide_banner', '-loglevel', 'error', '-y'],
        ...[
          '-f',
          'lavfi',
          '-i',
          `color=c=0x1e1726:s=${WIDTH}x${HEIGHT}:r=${FPS}:d=${total.toFixed(2)}`,
        ],
        ...['-i', audio],
        ...['-filter_script:v', filterFile],
        ...['-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '45', '-deadline', 'good', '-row-mt', '1'],
        ...['-c:a', 'libopus', '-b:a', '24k', '-ac', '1'],
        '-shortest',
        out,
      ],
      { stdio: 'inherit' },
    );
    const size = readFileSync(out).length;
    console.log(
      `Wrote ${path.relative(ROOT, out)} (${(size / 1024).toFixed(0)} KB, ${total.toFixed(1)} s) and demo.ko.vtt (${cues.length} lines).`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
