import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import {
  createSitesWorld,
  expectCuesInOrder,
  waitForStatus,
  type FixtureCue,
  type SitesWorld,
} from './sites-harness';

interface DomCase {
  name: string;
  url: string;
  /** The status line's source. */
  source: string;
  site: string;
  lang: 'ko' | 'zh' | 'ja';
  cues: FixtureCue[];
  /** Content time at video time 0, for players whose captions follow their own clock. */
  clockOffset?: number;
}

/** Each site's rendered captions alone (`track=none`: the player requests no track list). */
const CASES: DomCase[] = [
  {
    name: 'Viki (video.js)',
    url: 'https://www.viki.com/videos/1100001v-fixture-drama-episode-1?track=none',
    source: 'Viki captions',
    site: 'Viki',
    lang: 'ko',
    cues: [
      [1, 3.5, '우리 언니가 눈이 너무 높아서 아직도 혼자예요.'],
      [4, 6.5, '밥 먹었어? 얼굴이 반쪽이 됐네.'],
      [7, 9.5, '사장님, 여기 소주 한 병 더 주세요.\n아이고, 내 팔자야.'],
    ],
  },
  {
    name: 'Disney+ (light-DOM player)',
    url: 'https://www.disneyplus.com/play/1b2c3d4e-fixture?track=none',
    source: 'Disney+ captions',
    site: 'Disney+',
    lang: 'ko',
    clockOffset: 30,
    cues: [
      [31, 33.5, '막내야, 커피 좀 타 와.'],
      [34.5, 37, '형, 나 군대 가기 전에 한잔하자.'],
      [38, 40.5, '추석에 송편 빚으러 시골 가야 돼.'],
    ],
  },
  {
    name: 'Disney+ (older player, video in a shadow root)',
    url: 'https://www.disneyplus.com/play/1b2c3d4e-fixture?track=none&player=2024',
    source: 'Disney+ captions (older player)',
    site: 'Disney+',
    lang: 'ko',
    clockOffset: 30,
    cues: [
      [31, 33.5, '막내야, 커피 좀 타 와.'],
      [34.5, 37, '형, 나 군대 가기 전에 한잔하자.'],
      [38, 40.5, '추석에 송편 빚으러 시골 가야 돼.'],
    ],
  },
  {
    name: 'Prime Video (blob: video beside a trailer)',
    url: 'https://www.primevideo.com/detail/0FIXTURE/?track=none',
    source: 'Prime Video captions',
    site: 'Prime Video',
    lang: 'ko',
    cues: [
      [1, 3.5, '선배님, 내일 소개팅 나가세요?'],
      [4, 6.5, '치맥 어때? 오늘 내가 쏠게.\n그 사람 완전 금수저래.'],
      [7, 9.5, '시어머니가 또 잔소리하셨어.'],
    ],
  },
  {
    name: 'Max (data-testid)',
    url: 'https://play.max.com/video/watch/5f1c-fixture/a1b2-fixture?track=none',
    source: 'Max captions',
    site: 'Max',
    lang: 'ko',
    cues: [
      [1, 3.5, '오빠, 오늘 회식 빠지면 안 돼요.'],
      [4, 6.5, '아줌마, 떡볶이 일 인분이요.'],
      [7, 9.5, '엄마가 김치찌개 끓여 놨대.\n눈치 좀 챙겨.'],
    ],
  },
  {
    name: 'iQIYI (several boxes)',
    url: 'https://www.iq.com/play/fixture-episode-1-19rrfixture?track=none',
    source: 'iQIYI captions',
    site: 'iQIYI',
    lang: 'zh',
    cues: [
      [1, 3.5, '师兄，你这是在班门弄斧。'],
      [4, 6.5, '他是个富二代，整天躺平。\n今天我请客，咱们去吃火锅。'],
      [7, 9.5, '这件事八字还没一撇呢。'],
    ],
  },
  {
    name: 'WeTV',
    url: 'https://wetv.vip/en/play/fixture/ep1',
    source: 'WeTV captions',
    site: 'WeTV',
    lang: 'zh',
    cues: [
      [1, 3.5, '妈，过年我一定回家。'],
      [4, 6.5, '本宫今日心情不错。\n老板，来两斤饺子。'],
      [7, 9.5, '这件事八字还没一撇呢。'],
    ],
  },
  {
    name: 'Bilibili',
    url: 'https://www.bilibili.com/video/BV1fixture01?track=none',
    source: 'Bilibili captions',
    site: 'Bilibili',
    lang: 'zh',
    cues: [
      [1, 3.5, '小姐姐，加个微信吧。'],
      [4, 6.5, '她是我闺蜜，你别欺负她。'],
      [7, 9.5, '老板，来两斤饺子。\n妈，过年我一定回家。'],
    ],
  },
  {
    name: 'Apple TV+ (three nested shadow roots)',
    url: 'https://tv.apple.com/us/episode/fixture-episode-1/umc.cmc.1fixture1?showId=umc.cmc.2show',
    source: 'Apple TV+ captions',
    site: 'Apple TV+',
    lang: 'ko',
    cues: [
      [1, 3.5, '치맥 어때? 오늘 내가 쏠게.'],
      [4, 6.5, '우리 언니가 눈이 너무 높아서 아직도 혼자예요.'],
      [7, 9.5, '막내야, 커피 좀 타 와.\n시어머니가 또 잔소리하셨어.'],
    ],
  },
  {
    name: 'Hulu',
    url: 'https://www.hulu.com/watch/fixture-1',
    source: 'Hulu captions',
    site: 'Hulu',
    lang: 'ko',
    cues: [
      [1, 3.5, '선배님, 내일 소개팅 나가세요?'],
      [4, 6.5, '그 사람 완전 금수저래.'],
      [7, 9.5, '아이고, 내 팔자야.\n이번 생은 망했어.'],
    ],
  },
  {
    name: 'Hulu (older player)',
    url: 'https://www.hulu.com/watch/fixture-1?player=older',
    source: 'Hulu captions (older player)',
    site: 'Hulu',
    lang: 'ko',
    cues: [
      [1, 3.5, '선배님, 내일 소개팅 나가세요?'],
      [4, 6.5, '그 사람 완전 금수저래.'],
      [7, 9.5, '아이고, 내 팔자야.\n이번 생은 망했어.'],
    ],
  },
];

describe('rendered captions of every described site, in both update modes', () => {
  let world: SitesWorld;
  let page: Page;

  beforeAll(async () => {
    world = await createSitesWorld('sites-dom');
    page = await world.session.context.newPage();
  });
  afterAll(async () => {
    await world?.dispose();
  });

  for (const site of CASES) {
    for (const update of ['recreated', 'in-place'] as const) {
      it(`${site.name}, ${update}: each line once, in order, at its time, marked`, async () => {
        const join = site.url.includes('?') ? '&' : '?';
        await page.goto(`${site.url}${join}update=${update}`);
        await expectCuesInOrder(page, site.cues, { clockOffset: site.clockOffset ?? 0 });
        const status = await waitForStatus(
          world.session,
          page,
          (s) => s.lines === site.cues.length,
        );
        expect(status).toMatchObject({
          source: site.source,
          site: site.site,
          lang: site.lang,
          lines: site.cues.length,
        });
        if (update === 'recreated') await screenshot(page, `sites-dom-${site.name.split(' ')[0]}`);
      });
    }
  }
});
