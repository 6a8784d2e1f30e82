// Vocabulary and sentence templates for the synthetic policy notes (all names invented, all prose
// from these templates), and `fill`, which expands a template's {slots} from the seeded stream.
import { chance, int, pad, pick } from './rng.mjs';

const OFFICIALS = [
  ['Commerce Secretary', 'Dana', 'Whitfield'], ['Under Secretary for Industry and Security', 'Marcus', 'Oyelaran'],
  ['Senator', 'Priya', 'Castellanos'], ['Representative', 'Tom', 'Eckhardt'], ['Dutch trade minister', 'Ilse', 'Verbeek'],
  ['Japanese trade ministry official', 'Kenji', 'Morimoto'], ['Chinese commerce ministry spokesperson', 'Liu', 'Wenqian'],
  ['Taiwanese economy minister', 'Chen', 'Yiling'], ['EU trade commissioner', 'Anneke', 'Lindqvist'],
  ['National security adviser', 'Rachel', 'Okafor'], ['Treasury Secretary', 'Samuel', 'Brandt'],
  ['Senator', 'Grace', 'Holloway'], ['Representative', 'Luis', 'Ferreira'], ['South Korean industry minister', 'Park', 'Jiwoo'],
  ['Assistant Secretary for Export Enforcement', 'Helen', 'Marsh'], ['Deputy national security adviser', 'Omar', 'Haddad'],
  ['Indian electronics minister', 'Arjun', 'Mehra'], ['UK business secretary', 'Fiona', 'Gallagher'],
];
export const COMPANIES = [
  'Veridian Compute', 'Halcyon Semiconductor', 'Northwind AI', 'Lumen Foundry', 'Kestrel Systems', 'Apex Lithography',
  'Meridian Labs', 'Solace Cloud', 'Tessera Microdevices', 'Orison AI', 'Brightwater Memory', 'Cobalt Robotics',
  'Pinecrest Data', 'Quillon Networks', 'Saffron Silicon', 'Tidewater Photonics', 'Ironbark Models', 'Zenith Packaging',
];
const AGENCIES = [
  'the Commerce Department', 'the Bureau of Industry and Security', 'BIS', 'the White House', 'the State Department',
  'Congress', 'the House select committee', "China's commerce ministry", 'the Dutch government',
  "Japan's trade ministry", 'the European Commission', 'the Treasury Department', 'the Justice Department',
  "Taiwan's economic ministry", 'the Senate Banking Committee',
];
const COUNTRIES = ['China', 'the Netherlands', 'Japan', 'Taiwan', 'South Korea', 'Malaysia', 'Singapore', 'the United Arab Emirates',
  'Saudi Arabia', 'India', 'Vietnam', 'Germany', 'Israel', 'Russia', 'Thailand', 'Mexico'];
const PRODUCTS = ['data-center GPUs', 'high-bandwidth memory', 'EUV lithography tools', 'AI accelerators', 'advanced packaging equipment',
  'frontier model weights', 'cloud compute capacity', 'deposition and etch tools', 'gaming graphics cards', 'networking chips',
  'DUV immersion scanners', '7-nanometer logic chips', 'inference servers', 'chip design software', 'server boards'];
const POLICIES = ['the foreign direct product rule', 'the AI diffusion framework', 'the de minimis threshold', 'the entity listing',
  'the October 2022 controls', 'the proposed chip security act', 'the know-your-customer rule for cloud providers',
  'the license exception for allied countries', 'the validated end-user program', 'the compute threshold for model weights',
  'the tariff on legacy chips', 'the outbound investment rule', 'the subsidy clawback provision', 'the tracking requirement for accelerators'];
const FIRMS = ['Harbor Street Research', 'Calder & Finch', 'Northgate Analytics', 'the Silicon Policy Institute', 'Redline Capital',
  'Tanager Economics', 'the Center for Compute Governance', 'Brookhaven Trade Partners'];
const PLACES = ['Arizona', 'Ohio', 'Texas', 'Kumamoto', 'Dresden', 'Hsinchu', 'Penang', 'New York State', 'Eindhoven', 'Pyeongtaek'];
export const PUBLISHERS = [
  ['The Ledger', 'ledger.example.com'], ['Capital Wire', 'capitalwire.example.com'], ['Pacific Trade Review', 'ptr.example.org'],
  ['Federal Register', 'register.example.gov'], ['Bureau of Industry and Security', 'bis.example.gov'],
  ['Congressional Research Service', 'crs.example.gov'], ['Semiconductor Weekly', 'semiweekly.example.com'],
  ['Asia Markets Daily', 'amd-news.example.com'], ['Harbor Street Research', 'harborstreet.example.com'],
  ['Silicon Policy Institute', 'spi.example.org'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const TITLE_TOPICS = ['Export controls on advanced accelerators', 'The chip smuggling problem', 'Cloud access and the compute loophole',
  'Allied alignment on lithography', 'Model-weight controls', 'Retaliation over critical minerals', 'The subsidy race for fabs',
  'Entity listings and their limits', 'Licensing delays at BIS', 'Memory chips and the next round of rules',
  'Gulf data centers and US chips', 'Tariffs on legacy semiconductors'];
export const TITLE_SUBS = ['what the new rule changes', 'who gains and who loses', 'open questions for Congress', 'a briefing for the desk',
  'what we know so far', 'the enforcement gap', 'reading the fine print', 'three scenarios for next year', 'timeline and key actors'];
export const HEADINGS = ['Background', 'What changed', 'Key actors', 'Industry reaction', 'Enforcement', 'Open questions', 'Outlook',
  'Timeline', 'Analysis', 'Implications for allies', 'What to watch', 'Sources and methods'];


// ---------- slot fillers ----------
let mentioned = new Set();

/** Forgets which officials were named in full (called at the start of every note). */
export function resetMentions() {
  mentioned = new Set();
}

function official() {
  const o = pick(OFFICIALS);
  const key = o[2];
  if (!mentioned.has(key) || chance(0.15)) { mentioned.add(key); return `${o[0]} ${o[1]} ${o[2]}`; }
  return o[2];
}
function money() {
  return chance(0.5) ? `$${int(1, 95)}.${int(0, 9)} billion` : `$${int(12, 950)} million`;
}
export function pct() { return `${int(2, 85)} percent`; }
function units() { return `${int(1, 90)},${pad(int(0, 999), 3)}`; }
function tpp() { return `${int(8, 48) * 100}`; }
function year() { return int(2019, 2027); }
function isoDate() { return `${year()}-${pad(int(1, 12))}-${pad(int(1, 28))}`; }
function dottedDate() { return `${pad(int(1, 28))}.${pad(int(1, 12))}.${year()}`; }
function dateMid() { // date expression usable mid-sentence
  const k = int(0, 16);
  switch (k) {
    case 0: return `in ${pick(MONTHS)}`;
    case 1: return `on ${dottedDate()}`;
    case 2: return 'last year';
    case 3: return `on ${pick(MONTHS)} ${int(1, 28)}, ${year()}`;
    case 4: return `on ${int(1, 28)} ${pick(MONTHS)} ${year()}`;
    case 5: return 'earlier this month';
    case 6: return `in Q${int(1, 4)} ${year()}`;
    case 7: return `by the end of ${year()}`;
    case 8: return `${pick(['two', 'three', 'six'])} weeks ago`;
    case 9: return `next ${pick(WEEKDAYS)}`;
    case 10: return `in mid-${year()}`;
    case 11: return `since October ${year()}`;
    case 12: return `on ${isoDate()}`;
    case 13: return `over the past ${int(2, 30)} months`;
    case 14: return `in fiscal year ${year()}`;
    case 15: return 'last week';
    default: return `in late ${pick(MONTHS)}`;
  }
}
function dateStart() {
  const d = dateMid();
  return d.charAt(0).toUpperCase() + d.slice(1);
}
const HEDGE_VERB = ['may have', 'might have', 'appears to have', 'is said to have', 'could have', 'likely', 'is believed to have',
  'reportedly', 'allegedly', 'seems to have'];
const HEDGE_MODAL = ['may', 'might', 'could', 'would likely', 'is expected to', 'appears to', 'is unlikely to'];
const ADV_HEDGE = ['reportedly', 'allegedly', 'apparently', 'possibly', 'quietly', 'seemingly', 'perhaps'];
const ANON = ['according to two people familiar with the matter', 'a senior administration official said, speaking on condition of anonymity',
  'one industry executive, who asked not to be named, said', 'officials briefed on the discussions said',
  'a person close to the company said', 'according to a congressional aide', 'according to a diplomat in Brussels',
  'three people with knowledge of the talks said', 'according to an internal memo seen by reporters'];
const ANON_START = ['Two people familiar with the matter', 'A senior administration official', 'One industry executive',
  'Officials briefed on the discussions', 'A person close to the company', 'A congressional aide', 'Several diplomats',
  'Three people with knowledge of the talks', 'A former BIS official'];
const VERB_PAST = ['tightened', 'loosened', 'expanded', 'clarified', 'delayed', 'paused', 'narrowed', 'revised', 'extended', 'rescinded'];
const ACTIONS = ['resume shipments of', 'cut prices on', 'redesign its', 'stop selling', 'apply for licenses covering',
  'move production of', 'expand its inventory of', 'seek an exemption for', 'disclose sales of'];
const ADJ = ['aggressive', 'narrow', 'sweeping', 'incremental', 'ambiguous', 'overdue', 'controversial', 'technical', 'costly', 'modest'];
const NOUNS = ['loophole', 'workaround', 'compliance burden', 'license backlog', 'enforcement gap', 'market share', 'supply chain',
  'bargaining chip', 'price war', 'stockpile'];

const FILL = {
  Official: official, Company: () => pick(COMPANIES), Company2: () => pick(COMPANIES),
  Agency: () => { const a = pick(AGENCIES); return a.charAt(0).toUpperCase() + a.slice(1); }, agency: () => pick(AGENCIES),
  Country: () => pick(COUNTRIES), Country2: () => pick(COUNTRIES), product: () => pick(PRODUCTS), product2: () => pick(PRODUCTS),
  policy: () => pick(POLICIES),
  firm: () => pick(FIRMS), place: () => pick(PLACES), money, pct, units, tpp,
  date: dateMid, Date: dateStart, hedge_verb: () => pick(HEDGE_VERB), hedge_modal: () => pick(HEDGE_MODAL),
  adv_hedge: () => pick(ADV_HEDGE), anon: () => pick(ANON), Anon: () => pick(ANON_START), verb_past: () => pick(VERB_PAST),
  action: () => pick(ACTIONS), adj: () => pick(ADJ), noun: () => pick(NOUNS),
};

export const TEMPLATES = [
  '{Date}, {agency} {verb_past} {policy}, a move that {hedge_verb} slowed shipments of {product} to {Country}',
  '{Official} told reporters that {Company} would {action} {product} {date}',
  '{Company} {adv_hedge} sought a license to sell {product} to customers in {Country}, {anon}',
  'The change {hedge_modal} cut revenue from {Country} by {pct}, according to analysts at {firm}',
  'It is unclear whether {agency} will enforce {policy} against resellers in {Country}',
  '{Anon} said {agency} was weighing new limits on {product} {date}',
  'Analysts estimate that {units} units of {product} reached {Country} through intermediaries {date}',
  '{Official} has argued that {policy} protects national security without harming {Company}',
  'Critics, including {Official}, say the rule is too {adj} and {hedge_modal} push buyers toward domestic suppliers',
  '{Company} declined to comment',
  'A filing shows that {Company} spent {money} on export compliance {date}',
  'Under {policy}, exporters must obtain a license for chips above {tpp} in total processing performance',
  "{Country}'s response {hedge_verb} included new restrictions on gallium, germanium and graphite exports",
  '{Date}, {Company} announced a {money} investment in a new plant in {place}',
  'People familiar with the talks say {Official} pressed {Country} to align its controls with those of Washington',
  'The numbers suggest that smuggling {hedge_modal} be larger than the official data show',
  'Whether {policy} survives the next administration is an open question',
  '{Company} {adv_hedge} trained its latest model on roughly {units} accelerators rented from {Company2}',
  'A spokesperson for {agency} said the agency does not comment on pending license applications',
  'The episode shows how {policy} has become a {noun} in broader trade talks with {Country}',
  '{Official} wrote in a letter {date} that the {noun} around {product} had grown "too large to ignore"',
  'Shares of {Company} fell {pct} after the announcement, while {Company2} gained',
  '{Agency} added {int} entities in {Country} and {Country2} to the list {date}',
  'The rule is {adj}: it covers {product} but leaves {product2} largely untouched',
  'In a hearing {date}, {Official} asked why the license backlog had reached {units} applications',
  '{Company} {hedge_verb} stockpiled {product} ahead of the deadline, {anon}',
  'Lawyers for {Company} argue that the definition of {product} in {policy} is vague',
  'Officials in {Country} have said little in public, but {anon} that retaliation is being prepared',
  'The draft would require cloud providers to verify the identity of foreign customers renting {product}',
  '{Company} said it expects the rules to cost it {money} in lost sales {date}',
  'Data from {firm} indicate that imports of {product} into {Country} rose {pct} {date}',
  '{Official} is expected to visit {Country} {date} to discuss {policy}',
  'It remains to be seen whether {Company2} can replace {Company} as a supplier of {product}',
  '{Anon} described the negotiations as "difficult but not stalled"',
  '{Agency} {verb_past} the guidance {date} after complaints from {Company} and other suppliers',
  'Some of the chips {hedge_verb} been routed through shell companies in {Country}',
  'The policy rests on a simple bet: that denying {product} slows progress more than it spurs domestic substitutes',
  '{Official} called {policy} "{adj} and overdue" in remarks {date}',
  'There is no public evidence that {Company} violated {policy}, and the company has denied wrongdoing',
  'Estimates of the {noun} vary widely, from {money} to {money}',
  '{Company} and {Company2} together account for about {pct} of global supply of {product}',
  '{Date}, {agency} opened an investigation into sales of {product} by distributors in {Country}',
  'The {noun} matters because most advanced {product} still pass through a handful of firms',
  'A bipartisan group led by {Official} introduced a bill {date} that would codify {policy}',
  '{Official} {adv_hedge} favors a narrower approach, {anon}',
];


/** Expands every {slot} of a template. */
export function fill(t) {
  return t.replace(/\{(\w+)\}/g, (_, k) => {
    if (k === 'int') return String(int(3, 140));
    const f = FILL[k];
    if (!f) throw new Error('no filler ' + k);
    return String(f());
  });
}
