/**
 * Curated names of government bodies, militaries and intelligence services as they appear in
 * RDAP registrant / entity names and remarks. Hand-written (not generated): each pattern is a
 * judgement, reviewed in a diff. Acronyms match case-sensitively as whole words, so "fsb" inside
 * "fsbank" or a lower-case handle does not fire.
 */
export interface GovernmentPattern {
  readonly label: string;
  /** Case-insensitive phrases (matched on word boundaries, any script). */
  readonly phrases: readonly string[];
  /** Case-sensitive whole-word acronyms. */
  readonly acronyms: readonly string[];
  readonly intelligence: boolean;
}

export const GOVERNMENT_PATTERNS = [
  {
    label: 'Russian Federal Security Service (FSB)',
    phrases: [
      'Federal Security Service',
      'Федеральная служба безопасности',
      'FSB of Russia',
      'FSB RF',
    ],
    acronyms: ['FSB', 'ФСБ'],
    intelligence: true,
  },
  {
    label: 'Russian Federal Protective Service (FSO)',
    phrases: [
      'Federal Protective Service',
      'Federal Guard Service',
      'Федеральная служба охраны',
      'Spetssvyaz',
      'Спецсвязь',
    ],
    acronyms: ['ФСО'],
    intelligence: true,
  },
  {
    label: 'Russian Foreign Intelligence Service (SVR)',
    phrases: ['Foreign Intelligence Service', 'Служба внешней разведки'],
    acronyms: ['СВР'],
    intelligence: true,
  },
  {
    label: 'US Department of Defense',
    phrases: [
      'Department of Defense',
      'DoD Network Information Center',
      'Defense Information Systems Agency',
      'Headquarters, USAISC',
      'Air Force Systems Networking',
      'Navy Network Information Center',
      'DoD NIC',
    ],
    acronyms: ['DNIC', 'DISA'],
    intelligence: false,
  },
  {
    label: 'US intelligence community',
    phrases: [
      'Central Intelligence Agency',
      'National Security Agency',
      'Office of the Director of National Intelligence',
    ],
    acronyms: ['ODNI'],
    intelligence: true,
  },
  {
    label: 'UK intelligence',
    phrases: [
      'Government Communications Headquarters',
      'Security Service MI5',
      'Secret Intelligence Service',
    ],
    acronyms: ['GCHQ'],
    intelligence: true,
  },
  {
    label: 'German intelligence',
    phrases: ['Bundesnachrichtendienst', 'Bundesamt für Verfassungsschutz'],
    acronyms: ['BND', 'BfV'],
    intelligence: true,
  },
  {
    label: 'Chinese state security / public security',
    phrases: ['Ministry of State Security', 'Ministry of Public Security', '国家安全部', '公安部'],
    acronyms: [],
    intelligence: true,
  },
  {
    label: 'ministry of defence',
    phrases: [
      'Ministry of Defence',
      'Ministry of Defense',
      'Министерство обороны',
      'Minoborony',
      'Bundesministerium der Verteidigung',
      'Ministère des Armées',
    ],
    acronyms: [],
    intelligence: false,
  },
  {
    label: 'ministry of the interior',
    phrases: [
      'Ministry of Internal Affairs',
      'Ministry of the Interior',
      'Ministry of Interior',
      'Министерство внутренних дел',
    ],
    acronyms: ['МВД'],
    intelligence: false,
  },
  {
    label: 'government body',
    phrases: [
      'Government of the Russian Federation',
      'Правительство Российской Федерации',
      'Administration of the President',
      'Администрация Президента',
      'Federal Government',
      'Executive Office of the President',
      'Ministry of',
      'Министерство',
    ],
    acronyms: [],
    intelligence: false,
  },
] as const satisfies readonly GovernmentPattern[];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Compiled {
  readonly pattern: GovernmentPattern;
  readonly phrase: RegExp | null;
  readonly acronym: RegExp | null;
}

let compiled: readonly Compiled[] | undefined;

// Built once, on first use; letters/digits on either side mean "inside another word".
function patterns(): readonly Compiled[] {
  compiled ??= GOVERNMENT_PATTERNS.map((p: GovernmentPattern) => ({
    pattern: p,
    phrase:
      p.phrases.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${p.phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
            'iu',
          )
        : null,
    acronym:
      p.acronyms.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${p.acronyms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
            'u',
          )
        : null,
  }));
  return compiled;
}

/** The first pattern matching text, with the matched words; null when none does. */
export function matchGovernment(
  text: string,
): { pattern: GovernmentPattern; matched: string } | null {
  // RDAP fields are short; a cap keeps a hostile 10 MB remark from costing anything.
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  for (const c of patterns()) {
    const m = c.phrase?.exec(t) ?? c.acronym?.exec(t);
    if (m) return { pattern: c.pattern, matched: m[0] };
  }
  return null;
}
