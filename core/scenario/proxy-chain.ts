/**
 * The proxy chain: for every share the engine needs (one slot: flow × dimension × category), the
 * first of these that exists, recorded with its step, year and source:
 *
 *   user share → own share for the base year → own share from the nearest earlier year
 *   → the province's share → the national share
 *
 * At each step the flow's own basis (share of exports, or of imports) comes before a share of
 * total trade. A share the data says to ask the user for (Tongling's copper ore) stops the chain
 * after the entity's own steps: no proxy may stand in for it. When no step has a share the slot is
 * "not computable" with the reason, never 0.
 */
import type { Adcode, Flag, SourceId } from '../model';
import { proxyRange, type ProxyRangeRule } from './proxy-range';
import { SLOTS } from './slots';
import {
  DIMENSION_BASES,
  type AskUser,
  type ExposureDimension,
  type ExposureProfile,
  type Share,
  type ShareBasis,
  type ShareProvenance,
} from './types';

export type ChainStep = 'user' | 'own' | 'own_earlier' | 'province' | 'national';

/** A share the chain found for a slot, in % of `shareOf`. */
export interface ChainShare {
  step: ChainStep;
  /** The value used for the point result. */
  pct: number;
  /** Range under the proxy rule (equal to pct for user and own base-year shares). */
  low: number;
  high: number;
  /** What the share is a share of: the flow itself, or total trade standing in for it. */
  shareOf: ShareBasis;
  /** The entity whose share it is: the entity itself, its province or the nation. */
  fromCode: Adcode;
  year: number | null;
  period: string | null;
  sourceId: SourceId | null;
  flag: Flag | null;
  provenance: ShareProvenance;
  note: string;
}

/** No step of the chain has a share: the slot is not computable. */
export interface NoShare {
  step: null;
  /** 'ask_user': the data says to ask for it and forbids proxies; 'no_share': nothing found. */
  reason: 'ask_user' | 'no_share';
  /** The entities whose shares were looked for, in chain order. */
  tried: Adcode[];
  note: string;
}

export type SlotShare = ChainShare | NoShare;

export const isChainShare = (s: SlotShare | null | undefined): s is ChainShare =>
  !!s && s.step !== null;

/** The entities whose profiles the chain reads, and the rules it applies. */
export interface ChainInput {
  /** Profiles of every entity with shares (own rows and user shares), provinces and the nation included. */
  profiles: readonly ExposureProfile[];
  /** The province of a city (null for a province-level entity or when unknown). */
  provinceOf: (code: Adcode) => Adcode | null;
  nationalCode: Adcode;
  askUser: readonly AskUser[];
  baseYear: number;
  rule: Readonly<ProxyRangeRule>;
}

/** Shares by `code|dimension|basis|category`, for the chain's many lookups. */
export type ShareIndex = Map<string, Share>;

export function indexShares(profiles: readonly ExposureProfile[]): ShareIndex {
  const index: ShareIndex = new Map();
  for (const p of profiles) {
    for (const d of p.dimensions) {
      for (const s of d.shares) {
        if (s.pct !== null) index.set(`${p.code}|${d.dimension}|${d.basis}|${s.category}`, s);
      }
    }
  }
  return index;
}

/** Bases to try for a flow, best first: the flow's own, then total trade. */
function basesFor(flow: 'exports' | 'imports', dimension: ExposureDimension): ShareBasis[] {
  const own: ShareBasis = flow === 'exports' ? 'export' : 'import';
  const bases: ShareBasis[] = [own, 'total'];
  return bases.filter((b) => DIMENSION_BASES[dimension].includes(b));
}

interface Found {
  share: Share;
  basis: ShareBasis;
}

/**
 * Resolves every slot of one entity. `index` is `indexShares(input.profiles)`, built once for
 * all entities.
 */
export function resolveSlots(code: Adcode, input: ChainInput, index: ShareIndex): SlotShare[] {
  const province = input.provinceOf(code);
  const chainCodes = [code];
  if (province && province !== code) chainCodes.push(province);
  if (input.nationalCode !== code) chainCodes.push(input.nationalCode);
  return SLOTS.map((slot) => {
    const bases = basesFor(slot.flow, slot.dimension);
    const look = (from: Adcode): Found[] =>
      bases.flatMap((basis) => {
        const share = index.get(`${from}|${slot.dimension}|${basis}|${slot.category}`);
        return share ? [{ share, basis }] : [];
      });
    const own = look(code);
    const user = own.find((f) => f.share.provenance === 'user');
    if (user) return chainShare('user', user, code, input);
    const published = own.filter((f) => f.share.provenance !== 'user');
    const thisYear = published.find((f) => f.share.year === input.baseYear);
    if (thisYear) return chainShare('own', thisYear, code, input);
    // Nearest earlier year; on a tie the flow's own basis (first in `published`) wins.
    const earlier = published.reduce<Found | null>(
      (best, f) => (best === null || (f.share.year ?? 0) > (best.share.year ?? 0) ? f : best),
      null,
    );
    if (earlier) return chainShare('own_earlier', earlier, code, input);
    const ask = input.askUser.find(
      (a) =>
        a.code === code &&
        a.dimension === slot.dimension &&
        a.category === slot.category &&
        bases.includes(a.basis),
    );
    if (ask) return { step: null, reason: 'ask_user', tried: [code], note: ask.note };
    if (province && province !== code) {
      const found = look(province)[0];
      if (found) return chainShare('province', found, province, input);
    }
    if (input.nationalCode !== code) {
      const found = look(input.nationalCode)[0];
      if (found) return chainShare('national', found, input.nationalCode, input);
    }
    return { step: null, reason: 'no_share', tried: chainCodes, note: '' };
  });
}

function chainShare(step: ChainStep, f: Found, fromCode: Adcode, input: ChainInput): ChainShare {
  const pct = f.share.pct as number;
  const [low, high] = proxyRange(pct, step, input.rule);
  return {
    step,
    pct,
    low,
    high,
    shareOf: f.basis,
    fromCode,
    year: f.share.year,
    period: f.share.period,
    sourceId: f.share.sourceId,
    flag: f.share.flag,
    provenance: f.share.provenance,
    note: f.share.note,
  };
}
