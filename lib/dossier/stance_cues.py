"""Words that carry a position on sanctions. Data only; the rules are in positions.py."""
from __future__ import annotations

# Nouns and verbs that make a sentence about sanctions (lemmas). Tariffs, trade wars, votes and punishment are not.
SANCTION_LEMMAS = frozenset({"sanction", "embargo", "blacklist", "blacklisted", "sanctioned"})
SANCTION_PHRASES = ("asset freeze", "assets freeze", "freeze of assets", "travel ban", "restrictive measures",
                    "export controls", "price cap", "secondary sanctions")
# Words that refer back to sanctions named in the sentences just before: 'such measures', 'those penalties'.
ANAPHORA_LEMMAS = frozenset({"measure", "penalty", "step", "restriction"})

# Lemmas whose agent supports sanctions (imposes, backs, calls for, enforces, complies with, threatens, proposes).
SUPPORT = frozenset({
    "impose", "slap", "back", "support", "endorse", "favor", "favour", "urge", "demand", "enforce", "comply",
    "threaten", "threat", "propose", "proposal", "forward", "push", "tighten", "toughen", "expand", "broaden",
    "extend", "approve", "adopt", "pass", "announce", "introduce", "levy", "sanction", "apply", "implement",
    "unveil", "seek", "call", "want", "advocate", "press", "strengthen", "renew", "maintain", "keep",
    "add", "blacklist", "target", "penalize", "penalise", "secure", "go", "proceed",
})

# Lemmas whose agent opposes sanctions (criticises, rejects, calls to lift or ease, says they don't work, evades).
OPPOSE = frozenset({
    "oppose", "opposition", "slam", "criticize", "criticise", "criticism", "condemn", "denounce", "reject",
    "lift", "ease", "remove", "scrap", "end", "drop", "relax", "suspend", "waive", "unfreeze", "mock",
    "evade", "violate", "circumvent", "breach", "dodge", "skirt", "bust", "flout", "decry", "lambaste",
    "blast", "attack", "protest", "resist", "veto", "block", "object", "dismiss", "ridicule", "deplore",
    "against", "illegal", "unilateral", "illegitimate", "counterproductive", "ineffective", "hypocritical",
    "unjust", "unfair", "futile", "toxic", "impede", "hurt", "harm", "evasion", "violation", "circumvention",
    "breach", "lifting", "easing", "removal", "relief",
})

# Verbs of will: 'decided not to go forward with sanctions', 'refused to impose sanctions' oppose them.
VOLITION = frozenset({"decide", "choose", "opt", "vote", "agree", "resolve", "elect", "plan"})
REFUSAL = frozenset({"refuse", "decline", "reject", "balk", "hesitate", "resist"})
# Verbs by which a speaker makes a policy their own: 'X announced that the administration would impose sanctions'.
DECLARING = frozenset({"announce", "say", "declare", "pledge", "vow", "promise", "warn", "threaten", "confirm",
                       "state", "tell", "signal", "insist"})
# Subjects that stand for the speaker's own side rather than a named actor.
GENERIC_SUBJECTS = frozenset({"administration", "government", "we", "country", "cabinet", "authorities", "it",
                              "state", "ministry", "white", "house"})
# Relative times that continue the dated narrative before them.
RELATIVE_TIMES = ("the next day", "the following day", "days later", "a day later", "weeks later", "later that",
                  "the following week", "the same day", "that day", "soon after", "shortly after")

# Claims that sanctions fail or harm: whoever makes them opposes sanctions ('say they don't work').
HARM_CLAIMS = ("humanitarian consequences", "don't work", "do not work", "won't work", "will not work",
               "not working", "doing damage to itself", "hurt ordinary", "counterproductive", "toxic atmosphere")

# Verbs that turn an argument around: 'That argument was disputed by X' gives X the opposite stance.
REVERSERS = frozenset({"dispute", "rebut", "refute", "counter", "contradict", "challenge", "deny"})
ARGUMENT_NOUNS = frozenset({"argument", "claim", "assertion", "view", "position", "contention", "charge", "notion"})

# Roles whose holder speaks for a state: their position is recorded for the state too.
STATE_ROLES = frozenset({
    "president", "minister", "ambassador", "envoy", "diplomat", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "leader", "premier", "chancellor", "king", "queen", "emir", "official", "representative",
    "negotiator", "delegate", "delegation", "deputy", "governor", "senator", "ministry", "government",
    "foreign", "prime", "head", "chief", "general", "commander", "adviser", "advisor", "consul", "mission",
})

# Clause children whose dates belong to another clause.
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "conj"})
PAST_MARKERS = ("previously", "formerly", "in the past", "at the time", "back then", "once ")
