import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { initialUiState } from '../navigation/navigation.js';
import type { CommitmentRow } from '../rows/commitments.js';
import { buildScreenModel } from '../rows/screen-model.js';
import { Screen } from '../screen.js';
import { fixtureState } from '../test-support/fixture.js';
import { CoalitionMatrix } from './CoalitionMatrix.js';
import { Commitments } from './Commitments.js';
import { Header } from './Header.js';
import { rangeBarText } from './RangeBar.js';
import { visibleWindow } from './window.js';

const theme = { color: false };
const size = { columns: 100, rows: 30 };

describe('views', () => {
  it('a range bar spans low to high with the most likely value marked', () => {
    expect(rangeBarText({ low: 20, point: 50, high: 80 }, 11)).toBe('··├──●──┤··');
    expect(rangeBarText({ low: 0, point: 0, high: 0 }, 5)).toBe('●····');
  });

  it('the screen is one row shorter than the terminal (Ink 6 clears everything on a full-height frame)', async () => {
    const live = await fixtureState();
    const ui = initialUiState('overview');
    const out = render(
      <Screen live={live} ui={ui} model={buildScreenModel(live, ui)} size={size} theme={theme} watching />,
    );
    expect(out.lastFrame()!.split('\n')).toHaveLength(29);
  });

  it('a question’s swing reads as its whole width, Δ, not as ± around the score', async () => {
    const live = await fixtureState();
    for (const view of ['overview', 'unknowns'] as const) {
      const ui = initialUiState(view);
      const out = render(
        <Screen live={live} ui={ui} model={buildScreenModel(live, ui)} size={size} theme={theme} watching />,
      );
      expect(out.lastFrame()).toMatch(/Δ\d+ /);
      expect(out.lastFrame()).not.toContain('±');
    }
  });

  it('the header gives way in its title, keeping the date, the profile and the live mark down to 60 columns', () => {
    const title = 'Security guarantees for Ukraine: the coalition of the willing and its backstops';
    for (const columns of [60, 70, 80, 100]) {
      for (const [profile, liveness, shown] of [
        ['current-calculus', 'offline', 'profile current-calculus'],
        ['a-very-long-custom-profile-name-from-a-dataset', 'stale', 'profile a-very-long-custo…'],
      ] as const) {
        const out = render(
          <Box width={columns}>
            <Header
              title={title}
              asOf="2026-02-10"
              profile={profile}
              view="overview"
              liveness={liveness}
              theme={theme}
            />
          </Box>,
        );
        const line = out.lastFrame()!.split('\n')[0]!;
        expect(line).toContain('as of 2026-02-10');
        expect(line).toContain(shown);
        expect(line).toMatch(liveness === 'offline' ? /○ snapshot$/ : /▲ stale$/);
        expect(line).toMatch(/^Secu.*…/);
        expect([...line].length).toBeLessThanOrEqual(columns);
      }
    }
  });

  it('below the minimum size it says which size it needs, in lines that fit', async () => {
    const live = await fixtureState();
    const ui = initialUiState('overview');
    const small = { columns: 30, rows: 8 };
    const out = render(
      <Screen live={live} ui={ui} model={buildScreenModel(live, ui)} size={small} theme={theme} watching />,
    );
    expect(out.lastFrame()).toContain('need 60x14');
    for (const line of out.lastFrame()!.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
  });

  it('the coalition matrix reads without colour: every status is a symbol', async () => {
    const live = await fixtureState();
    const ui = initialUiState('overview');
    const model = buildScreenModel(live, ui);
    const out = render(
      <CoalitionMatrix
        matrix={model.matrix!}
        width={100}
        height={10}
        changed={new Set(['mfu-de-ground'])}
        theme={theme}
      />,
    );
    const frame = out.lastFrame()!;
    expect(frame).toMatch(/ground\s+air-def\s+ISR\s+command/);
    expect(frame).toMatch(/France\s+○/);
    expect(frame).toMatch(/Germany\s+\[\?\]/);
    expect(frame).toMatch(/United States\s+~\s+~/);
    expect(frame).not.toContain('\u001b[');
  });

  it('the commitments list renders only the rows that fit, even with thousands', () => {
    const live = { commitment: { id: 'x' } } as unknown as CommitmentRow['state'];
    const rows: CommitmentRow[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `c${i}`,
      state: live,
      guarantee: 'G',
      guarantor: `Actor ${i}`,
      capability: 'naval',
      status: 'pledged',
      since: '2026-01-01',
      scale: 'unknown',
    }));
    const out = render(
      <Commitments
        rows={rows}
        total={5000}
        cursor={4000}
        sort="guarantee"
        changed={new Set()}
        width={100}
        height={12}
        theme={theme}
      />,
    );
    const frame = out.lastFrame()!;
    expect(frame.split('\n')).toHaveLength(12);
    expect(frame).toContain('▸ G');
    expect(frame).toContain('Actor 4000');
    expect(frame).not.toContain('Actor 3000');
    expect(visibleWindow(5000, 4999, 11)).toEqual({ start: 4989, end: 5000 });
  });

  it('the diagnostics view lists every problem with file:line:col', async () => {
    const live = await fixtureState();
    const broken = {
      ...live,
      broken: true,
      diagnostics: [
        {
          severity: 'error' as const,
          code: 'yaml-syntax' as const,
          file: 'commitments.yaml',
          line: 12,
          column: 5,
          path: [],
          message: 'bad',
        },
      ],
    };
    const ui = initialUiState('diagnostics');
    const out = render(
      <Screen live={broken} ui={ui} model={buildScreenModel(broken, ui)} size={size} theme={theme} watching />,
    );
    expect(out.lastFrame()).toContain('✖ error commitments.yaml:12:5  bad');
    expect(out.lastFrame()).toContain('✖ commitments.yaml:12:5 · last good data kept');
  });

  it('dataset text cannot drive the terminal: escape sequences are shown, not obeyed', async () => {
    const live = await fixtureState();
    const dataset = live.data!.dataset;
    const hostile = {
      ...live,
      data: {
        ...live.data!,
        dataset: { ...dataset, manifest: { ...dataset.manifest, title: 'Evil\u001b[2J\u001b]52;c;AAAA\u0007 title' } },
      },
    };
    const ui = initialUiState('overview');
    const out = render(
      <Screen live={hostile} ui={ui} model={buildScreenModel(hostile, ui)} size={size} theme={theme} watching />,
    );
    expect(out.lastFrame()).toContain('Evil␛[2J␛]52;c;AAAA⟨U+0007⟩ title');
    expect(out.lastFrame()).not.toContain('\u001b[2J');
  });

  it('timeline, unknowns and scenarios render their rows', async () => {
    const live = await fixtureState();
    for (const [view, text] of [
      ['timeline', '2026-02-09  ◆ Lavrov mocks an automatic US guarantee'],
      ['unknowns', 'Will the United States back the force with air power?'],
      ['scenarios', '[ ] answer   Will the United States back the force with air power? → The US declines'],
    ] as const) {
      const ui = initialUiState(view);
      const out = render(
        <Screen live={live} ui={ui} model={buildScreenModel(live, ui)} size={size} theme={theme} watching />,
      );
      expect(out.lastFrame()).toContain(text);
    }
  });
});
