/**
 * A small valid dataset as file texts, for loader tests. Each test copies it and breaks one
 * thing, so each diagnostic is pinned against a known-good baseline.
 */
export const MANIFEST = `dataset:
  id: mini
  title: Minimal guarantee
  asOf: 2026-02-28
`;

export const SOURCES = `sources:
  - id: s-upi
    title: Trump suggests air support but no troops
    publisher: UPI
    date: 2025-08-19
    url: https://www.upi.com/Top_News/US/2025/08/19/trump-ukraine-security/2641755631767/
    kind: official-statement
    reliability: B
    credibility: 2
`;

export const ACTORS = `actors:
  - id: uk
    name: United Kingdom
    kind: state
    nato: { value: true, source: s-upi }
    indicators:
      activePersonnel: { value: 136117, year: 2025, source: s-upi }
      combatAircraft: unknown
  - id: ua
    name: Ukraine
    kind: state
  - id: ru
    name: Russia
    kind: state
`;

export const GUARANTEES = `guarantees:
  - id: mfu
    name: Multinational Force Ukraine
    beneficiary: ua
    adversary: ru
    guarantors: [uk]
    obligation: unknown
    legalForm: political-declaration
    trigger: unknown
    conditions:
      - id: ceasefire
        kind: ceasefire
        description: Deploys only after a ceasefire
        status: unmet
        source: s-upi
commitments:
  - id: mfu-uk-ground
    guarantee: mfu
    guarantor: uk
    capability: ground-forces
    scale: { min: 1000, max: 9999, unit: troops, description: thousands of troops, source: s-upi }
    history:
      - { date: 2025-03-02, status: proposed, source: s-upi }
      - { date: 2025-08-19, status: pledged, source: s-upi }
      - { date: 2026-01-06, status: conditional, source: s-upi }
`;

export function files(overrides: Record<string, string> = {}) {
  const base: Record<string, string> = {
    'dataset.yaml': MANIFEST,
    'sources.yaml': SOURCES,
    'actors.yaml': ACTORS,
    'guarantees/mfu.yaml': GUARANTEES,
    ...overrides,
  };
  return Object.entries(base)
    .filter(([, text]) => text !== '')
    .map(([file, text]) => ({ file, text, hash: String(text.length) + text.slice(0, 8) }));
}
