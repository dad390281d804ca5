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

/** Shares by entity code, then `dimension|basis|category`, for the chain's many lookups. */
export type ShareIndex = Map<string, Map<string, Share>>;

export function indexShares(profiles: readonly ExposureProfile[]): ShareIndex {
  const index: ShareIndex = new Map();
  for (const p of profiles) {
    const own = new Map<string, Share>();
    for (const d of p.dimensions) {
      for (const s of d.shares) {
        if (s.pct !== null) own.set(`${d.dimension}|${d.basis}|${s.category}`, s);
      }
    }
    index.set(p.code, own);
  }
  return index;
}

/** Bases to try for a flow, best first: the flow's own, then total trade. */
function basesFor(flow: 'exports' | 'imports', dimension: ExposureDimension): ShareBasis[] {
  const own: ShareBasis = flow === 'exports' ? 'export' : 'import';
  const bases: ShareBasis[] = [own, 'total'];
  return bases.filter((b) => DIMENSION_BASES[dimension].includes(b));
}

/** Per slot, its bases and their lookup keys (built once: the chain runs ~40 slots per entity). */
const SLOT_KEYS: readonly SlotKey[][] = SLOTS.map((slot) =>
  basesFor(slot.flow, slot.dimension).map((basis) => ({
    basis,
    key: `${slot.dimension}|${basis}|${slot.category}`,
  })),
);

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
  const ownShares = index.get(code);
  const provinceShares = province && province !== code ? index.get(province) : undefined;
  const nationalShares = input.nationalCode !== code ? index.get(input.nationalCode) : undefined;
  return SLOTS.map((slot, s) => {
    const keys = SLOT_KEYS[s] as SlotKey[];
    const own = look(ownShares, keys);
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
        keys.some((k) => k.basis === a.basis),
    );
    if (ask) return { step: null, reason: 'ask_user', tried: [code], note: ask.note };
    const fromProvince = look(provinceShares, keys)[0];
    if (fromProvince) return chainShare('province', fromProvince, province as Adcode, input);
    const fromNation = look(nationalShares, keys)[0];
    if (fromNation) return chainShare('national', fromNation, input.nationalCode, input);
    return { step: null, reason: 'no_share', tried: chainCodes, note: '' };
  });
}

interface SlotKey {
  basis: ShareBasis;
  key: string;
}

/** An entity's shares for a slot, on the slot's bases in order. */
function look(shares: Map<string, Share> | undefined, keys: readonly SlotKey[]): Found[] {
  const found: Found[] = [];
  if (!shares) return found;
  for (const { basis, key } of keys) {
    const share = shares.get(key);
    if (share) found.push({ share, basis });
  }
  return found;
}

/**
 * One ChainShare per (input, share, step, basis): a national share stands in for hundreds of
 * cities, and they can all hold the same (read-only) record.
 */
const made = new WeakMap<ChainInput, WeakMap<Share, Map<string, ChainShare>>>();

function chainShare(step: ChainStep, f: Found, fromCode: Adcode, input: ChainInput): ChainShare {
  let byShare = made.get(input);
  if (!byShare) made.set(input, (byShare = new WeakMap()));
  let bySteps = byShare.get(f.share);
  if (!bySteps) byShare.set(f.share, (bySteps = new Map()));
  const key = `${step}|${f.basis}|${fromCode}`;
  const hit = bySteps.get(key);
  if (hit) return hit;
  const pct = f.share.pct as number;
  const [low, high] = proxyRange(pct, step, input.rule);
  const share: ChainShare = {
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
  bySteps.set(key, share);
  return share;
}
