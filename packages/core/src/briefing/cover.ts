import type { Assessment, GuaranteeAssessment } from '../credibility/types.js';
import { EXIT_STATUSES, PROGRESS_STATUSES } from '../model/commitment.js';
import type { ConditionKind, Guarantee } from '../model/guarantee.js';
import type { Snapshot } from '../timeline/snapshot.js';
import { formatDisplayDate } from '../wording/dates.js';
import { capitalise, joinAnd, possessive } from '../wording/labels.js';
import { formatScore, formatSignedDelta } from '../wording/numbers.js';
import { actorName, guaranteeShort, stanceVerb } from './known.js';
import { clean } from './wording.js';

/**
 * The bottom line up front, written from the data by rules, for the reader with five
 * minutes — the analytic line, not a count of records:
 * 1. who is actually in: the guarantors with firm commitments (pledged or further), those
 *    still talking, those out;
 * 2. on what conditions: the conditions most of the live offers share, and whether they hold;
 *    and the adversary's stance;
 * 3. the scores, and what they hinge on: the open question whose answers move this guarantee most;
 * 4. what would change the picture: the answers that would raise and lower it most.
 * The main guarantee is the one with the most commitments on record.
 */
export function buildBottomLine(snapshot: Snapshot, assessment: Assessment | undefined): string[] {
  const main = mainGuarantee(snapshot);
  if (!main) return ['The dataset records no commitment to any guarantee as of this date.'];
  const name = guaranteeShort(main);
  const assessed = assessment?.guarantees.find((g) => g.guarantee === main.id);
  return [
    whoIsIn(snapshot, main, name),
    onWhatConditions(snapshot, main),
    ...(assessed ? [hingesOn(assessed, name), whatWouldChange(assessed)].filter((s) => s !== '') : []),
  ];
}

const at = (status: string) => PROGRESS_STATUSES.indexOf(status as (typeof PROGRESS_STATUSES)[number]);
const exited = (status: string) => (EXIT_STATUSES as readonly string[]).includes(status);

function whoIsIn(snapshot: Snapshot, main: Guarantee, name: string): string {
  const states = snapshot.commitments.filter((s) => s.commitment.guarantee === main.id && s.status);
  const byGuarantor = new Map<string, { firm: boolean; ground: boolean; live: boolean }>();
  for (const s of states) {
    const entry = byGuarantor.get(s.commitment.guarantor) ?? { firm: false, ground: false, live: false };
    if (!exited(s.status!)) entry.live = true;
    if (at(s.status!) >= at('pledged')) {
      entry.firm = true;
      if (s.commitment.capability === 'ground-forces') entry.ground = true;
    }
    byGuarantor.set(s.commitment.guarantor, entry);
  }
  const names = (pick: (e: { firm: boolean; ground: boolean; live: boolean }) => boolean) =>
    [...byGuarantor].filter(([, e]) => pick(e)).map(([id]) => actorName(snapshot, id));
  const ground = names((e) => e.ground);
  const firmOther = names((e) => e.firm && !e.ground);
  const talking = names((e) => e.live && !e.firm);
  // Out: every offer withdrawn, or troops ruled out while something lesser is still offered.
  const troopsOut = [
    ...new Set(
      states
        .filter((s) => s.commitment.capability === 'ground-forces' && exited(s.status!))
        .map((s) => s.commitment.guarantor)
        .filter((id) => !byGuarantor.get(id)!.ground),
    ),
  ].map((id) => actorName(snapshot, id));
  const lesser =
    firmOther.length === 0
      ? ''
      : firmOther.length === 1
        ? `, and ${firmOther[0]} lesser help`
        : `, and ${firmOther.length} more lesser help`;
  const firmPart =
    ground.length > 0
      ? `${ground.length <= 3 ? `only ${joinAnd(ground)}` : `${ground.length} countries`} ${ground.length === 1 ? 'has' : 'have'} pledged ground forces${lesser}`
      : firmOther.length > 0
        ? `${firmOther.length} ${firmOther.length === 1 ? 'country has' : 'countries have'} pledged help, but none ground forces`
        : 'no guarantor has yet pledged anything';
  const talkPart =
    talking.length > 0
      ? `; ${talking.length} more ${talking.length === 1 ? 'is' : 'are'} still proposing, discussing or setting conditions`
      : '';
  const outPart =
    troopsOut.length > 0
      ? `; ${troopsOut.length <= 5 ? joinAnd(troopsOut) : `${troopsOut.length} countries`} ${troopsOut.length === 1 ? 'has' : 'have'} declined or ruled out sending troops`
      : '';
  return `${capitalise(`for ${name}, ${firmPart}${talkPart}${outPart}.`)}`;
}

const KIND_WORDS: Record<ConditionKind, string> = {
  ceasefire: 'a ceasefire',
  'third-party-backstop': 'a third party’s backstop',
  'parliamentary-approval': 'a parliament’s approval',
  'un-mandate': 'a UN mandate',
  'adversary-consent': 'the adversary’s consent',
  scope: 'a limit of scope',
  other: 'other terms',
};

function onWhatConditions(snapshot: Snapshot, main: Guarantee): string {
  const live = snapshot.commitments.filter((s) => s.commitment.guarantee === main.id && s.status && !exited(s.status));
  const kinds = new Map<ConditionKind, { offers: number; own: boolean; statuses: Set<string> }>();
  for (const s of live) {
    const seen = new Set<ConditionKind>();
    for (const c of s.commitment.conditions ?? []) {
      if (c.status === 'met' || seen.has(c.kind)) continue;
      seen.add(c.kind);
      const k = kinds.get(c.kind) ?? { offers: 0, own: false, statuses: new Set() };
      k.offers++;
      k.statuses.add(c.status);
      kinds.set(c.kind, k);
    }
  }
  for (const c of main.conditions ?? []) {
    if (c.status === 'met') continue;
    const k = kinds.get(c.kind) ?? { offers: 0, own: false, statuses: new Set() };
    k.own = true;
    k.statuses.add(c.status);
    kinds.set(c.kind, k);
  }
  const state = (k: { statuses: Set<string> }) => (k.statuses.has('unmet') ? 'not met' : 'not settled');
  const usable = [...kinds].filter(([kind]) => kind !== 'other' && kind !== 'scope');
  // The guarantee's own conditions bind every offer: they come first, then the commonest among offers.
  const own = usable.filter(([, k]) => k.own).map(([kind, k]) => `${KIND_WORDS[kind]} (${state(k)})`);
  const shared = usable
    .filter(([, k]) => !k.own && k.offers > 1)
    .sort((a, b) => b[1].offers - a[1].offers)
    .slice(0, 1)
    .map(([kind, k]) => `${k.offers} of the ${live.length} live offers depend on ${KIND_WORDS[kind]} (${state(k)})`);
  const top = [...(own.length > 0 ? [`the whole arrangement depends on ${joinAnd(own)}`] : []), ...shared];
  const conditions =
    top.length > 0
      ? `It rests on conditions that do not yet hold: ${top.join('; ')}`
      : 'No condition on record stands in its way';
  const stance = snapshot.positions
    .filter((p) => p.position.guarantee === main.id && p.position.actor === main.adversary && p.stance && p.since)
    .sort((a, b) => b.since!.date.localeCompare(a.since!.date))[0];
  const adversary = stance
    ? ` ${capitalise(actorName(snapshot, main.adversary))}, in its latest stated position (${formatDisplayDate(stance.since!.date)}), ${stanceVerb(stance.stance!)} the arrangement.`
    : '';
  return `${conditions}.${adversary}`;
}

function hingesOn(g: GuaranteeAssessment, name: string): string {
  const scores = `${capitalise(possessive(name))} deterrent credibility is ${formatScore(g.credibility)} out of 100 and its viability ${formatScore(g.viability)}`;
  const top = [...(g.questions ?? [])].sort(
    (a, b) => Math.max(b.swing.credibility, b.swing.viability) - Math.max(a.swing.credibility, a.swing.viability),
  )[0];
  if (!top || Math.max(top.swing.credibility, top.swing.viability) < 1) return `${scores}.`;
  const measure = top.swing.viability > top.swing.credibility ? 'viability' : 'credibility';
  const points = top.answers.map((a) => a[measure].point);
  return `${scores}; it hinges most on “${clean(top.text)}” — depending on the answer, its ${measure} would be between ${Math.round(Math.min(...points))} and ${Math.round(Math.max(...points))}.`;
}

function whatWouldChange(g: GuaranteeAssessment): string {
  const moves = (g.questions ?? []).flatMap((q) =>
    q.answers.flatMap((a) => [
      {
        label: clean(a.label),
        question: clean(q.text),
        measure: 'credibility',
        delta: a.credibility.point - g.credibility.point,
      },
      {
        label: clean(a.label),
        question: clean(q.text),
        measure: 'viability',
        delta: a.viability.point - g.viability.point,
      },
    ]),
  );
  const up = moves.filter((m) => Math.round(m.delta) > 0).sort((a, b) => b.delta - a.delta)[0];
  const down = moves.filter((m) => Math.round(m.delta) < 0).sort((a, b) => a.delta - b.delta)[0];
  const say = (m: (typeof moves)[number]) =>
    `“${m.question}” — “${m.label}” (${m.measure} ${formatSignedDelta(m.delta)})`;
  if (up && down) return `The picture would improve most on the answer ${say(up)}, and worsen most on ${say(down)}.`;
  if (up) return `The picture would improve most on the answer ${say(up)}; no open answer would lower it.`;
  if (down) return `No open answer would raise it; it would worsen most on ${say(down)}.`;
  return '';
}

/** The guarantee with the most commitments on record (the dataset's first on a tie). */
export function mainGuarantee(snapshot: Snapshot): Guarantee | undefined {
  let best: { g: Guarantee; n: number } | undefined;
  for (const g of snapshot.dataset.guarantees) {
    const n = snapshot.commitments.filter((s) => s.commitment.guarantee === g.id && s.status).length;
    if (!best || n > best.n) best = { g, n };
  }
  return best?.g;
}
