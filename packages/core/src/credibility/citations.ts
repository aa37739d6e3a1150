import type { Citation } from './types.js';

/**
 * The literature the rules rest on, with full references. A rule cites by key; the docs and
 * the apps print the full reference.
 */
export const CITATIONS = {
  huth1988: {
    key: 'Huth 1988',
    reference:
      'Huth, Paul K. (1988). "Extended Deterrence and the Outbreak of War." American Political Science Review 82(2): 423–443.',
  },
  huthRussett1984: {
    key: 'Huth & Russett 1984',
    reference:
      'Huth, Paul, and Bruce Russett (1984). "What Makes Deterrence Work? Cases from 1900 to 1980." World Politics 36(4): 496–526.',
  },
  reiterPoast2021: {
    key: 'Reiter & Poast 2021',
    reference:
      'Reiter, Dan, and Paul Poast (2021). "The Truth about Tripwires: Why Small Force Deployments Do Not Deter Aggression." Texas National Security Review 4(3): 33–53.',
  },
  schelling1966: {
    key: 'Schelling 1966',
    reference: 'Schelling, Thomas C. (1966). Arms and Influence. New Haven: Yale University Press.',
  },
  fuhrmannSechser2014: {
    key: 'Fuhrmann & Sechser 2014',
    reference:
      'Fuhrmann, Matthew, and Todd S. Sechser (2014). "Signaling Alliance Commitments: Hand-Tying and Sunk Costs in Extended Nuclear Deterrence." American Journal of Political Science 58(4): 919–935.',
  },
  fearon1997: {
    key: 'Fearon 1997',
    reference:
      'Fearon, James D. (1997). "Signaling Foreign Policy Interests: Tying Hands versus Sinking Costs." Journal of Conflict Resolution 41(1): 68–90.',
  },
  leedsLongMitchell2000: {
    key: 'Leeds, Long & Mitchell 2000',
    reference:
      'Leeds, Brett Ashley, Andrew G. Long, and Sara McLaughlin Mitchell (2000). "Reevaluating Alliance Reliability: Specific Threats, Specific Promises." Journal of Conflict Resolution 44(5): 686–699.',
  },
  leeds2003: {
    key: 'Leeds 2003',
    reference:
      'Leeds, Brett Ashley (2003). "Alliance Reliability in Times of War: Explaining State Decisions to Violate Treaties." International Organization 57(4): 801–827.',
  },
  berkemeierFuhrmann2018: {
    key: 'Berkemeier & Fuhrmann 2018',
    reference:
      'Berkemeier, Molly, and Matthew Fuhrmann (2018). "Reassessing the Fulfillment of Alliance Commitments in War." Research & Politics 5(2): 1–5.',
  },
  martin2000: {
    key: 'Martin 2000',
    reference:
      'Martin, Lisa L. (2000). Democratic Commitments: Legislatures and International Cooperation. Princeton: Princeton University Press.',
  },
  press2005: {
    key: 'Press 2005',
    reference:
      'Press, Daryl G. (2005). Calculating Credibility: How Leaders Assess Military Threats. Ithaca: Cornell University Press.',
  },
  atop2002: {
    key: 'Leeds et al. 2002 (ATOP)',
    reference:
      'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long (2002). "Alliance Treaty Obligations and Provisions, 1815–1944." International Interactions 28(3): 237–260.',
  },
  mearsheimer1983: {
    key: 'Mearsheimer 1983',
    reference: 'Mearsheimer, John J. (1983). Conventional Deterrence. Ithaca: Cornell University Press.',
  },
  lanoszka2018: {
    key: 'Lanoszka 2018',
    reference:
      'Lanoszka, Alexander (2018). Atomic Assurance: The Alliance Politics of Nuclear Proliferation. Ithaca: Cornell University Press.',
  },
  chibaJohnsonLeeds2015: {
    key: 'Chiba, Johnson & Leeds 2015',
    reference:
      'Chiba, Daina, Jesse C. Johnson, and Brett Ashley Leeds (2015). "Careful Commitments: Democratic States and Alliance Design." Journal of Politics 77(4): 968–982.',
  },
  ajp21: {
    key: 'NATO AJP-2.1',
    reference:
      'NATO (2016). AJP-2.1, Allied Joint Doctrine for Intelligence Procedures, Edition B: the source-reliability and information-credibility grades (STANAG 2511).',
  },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;
